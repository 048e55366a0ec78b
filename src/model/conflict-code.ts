import { CONFLICT_CODES } from './codes.js';
import type { ConflictCode } from './schemas.js';

const isConflictCode = (code: unknown): code is ConflictCode => (CONFLICT_CODES as readonly unknown[]).includes(code);

/** The conflict code an error carries, whatever its class (hosts may throw any error with a `code`), or undefined. */
export function conflictCodeOf(error: unknown): ConflictCode | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return isConflictCode(code) ? code : undefined;
}
