/**
 * Entry of the standalone bundle (`dist/license-plan-wizard.js`) for reseller
 * sites. Its zod copy is private to the bundle, so it can be told never to
 * probe `new Function`: under a strict Content-Security-Policy that probe is
 * reported as a violation even though zod catches it.
 */
import { config } from 'zod/mini';

config({ jitless: true });

export * from './index.js';
