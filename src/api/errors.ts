import { msg } from '@lit/localize';
import type { ConflictCode, FieldError } from '../model/schemas.js';

export type ApiErrorKind = 'http' | 'network' | 'invalid-json' | 'schema' | 'timeout' | 'rejected' | 'conflict';

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

/**
 * The server refused to place an order that was valid when checked (HTTP 409): the quote expired,
 * the price changed, or someone else changed the plan. A host's own client may throw this, or any
 * error with one of these `code`s.
 */
export class OrderConflictError extends ApiError {
  override name = 'OrderConflictError';
  constructor(
    readonly code: ConflictCode,
    message: string,
  ) {
    super('conflict', message, 409);
  }
}
