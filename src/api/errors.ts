import { msg } from '@lit/localize';
import type { FieldError } from '../model/schemas.js';

export type ApiErrorKind = 'http' | 'network' | 'invalid-json' | 'schema' | 'timeout' | 'rejected';

/** Every failure of a client call is turned into one of these, with a sentence a person can read. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** The server refused the order with errors per field (HTTP 422). */
export class OrderRejectedError extends ApiError {
  override name = 'OrderRejectedError';
  constructor(readonly errors: FieldError[]) {
    super('http', errors.map((e) => e.message).join(' ') || msg('The order was refused.'), 422);
  }
}
