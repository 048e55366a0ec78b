/**
 * The `license-plan-wizard/schemas` entry: the contract's zod schemas (zod/mini), for hosts that
 * check data themselves (a backend's tests, a host's own client). The main entry exports their
 * TypeScript types and the code lists (`STEP_IDS`, `CADENCES`…), not the schemas: the wizard loads
 * them (and zod) beside its first call instead of with its first step. Importing this module
 * defines no element, so it also works in Node.
 */
export * from './model/schemas.js';
