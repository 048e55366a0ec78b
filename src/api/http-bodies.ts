/**
 * What the HTTP API sends with a refusal: a 422 with field errors, a 409 with a conflict code.
 * The HTTP client reads them with these schemas only when such an answer comes, so this module
 * (and zod with it) is not part of the first step.
 */
import * as z from 'zod/mini';
import { ConflictSchema, FieldErrorSchema } from '../model/schemas.js';

export { ConflictSchema };

export const RejectionSchema = z.object({ errors: z.array(FieldErrorSchema) });
