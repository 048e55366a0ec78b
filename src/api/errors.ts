/**
 * The errors of client calls. Their `message` is English, for hosts and the
 * console; a view writes its own sentence from `kind`, `status`, `code` and the
 * other facts here, in the user's language.
 */
import type { ConflictCode, FieldError } from '../model/schemas.js';

/**
 * What went wrong:
 * - `http`: the server answered with a status that is not 2xx (see `status`);
 * - `network`: the server could not be reached;
 * - `invalid-json`: a 2xx answer whose body is not JSON;
 * - `schema`: an answer that does not fit the contract (see `detail`);
 * - `timeout`: no answer within `timeoutMs`;
 * - `rejected`: a host's own client threw (see `detail` and `cause`);
 * - `conflict`: the order was valid when checked, but could not be placed (see OrderConflictError);
 * - `limit`: the answer is more than the wizard can show (see src/model/limits.ts); its message is for users.
 */
export type ApiErrorKind = 'http' | 'network' | 'invalid-json' | 'schema' | 'timeout' | 'rejected' | 'conflict' | 'limit';

/** The facts an ApiError carries besides its kind and message. */
export interface ApiErrorFacts {
  /** The HTTP status, when the server answered. */
  status?: number;
  /** For `timeout`: the time limit that ran out, in milliseconds. */
  timeoutMs?: number;
  /** For `rejected`: the host error's own message; for `schema`: what in the answer does not fit. */
  detail?: string;
  /** The error this one stands for (a host client's error, a fetch failure). */
  cause?: unknown;
}

/** Error's options with the cause, only when there is one (so `'cause' in error` says whether there was). */
function causeOption(cause: unknown): ErrorOptions | undefined {
  if (cause === undefined) return undefined;
  return { cause };
}

/** Every failure of a client call is turned into one of these. */
export class ApiError extends Error {
  override name = 'ApiError';
  /** What went wrong; see ApiErrorKind. */
  readonly kind: ApiErrorKind;
  /** The HTTP status, when the server answered (every non-2xx answer has one). */
  readonly status?: number;
  /** For `timeout`: the time limit that ran out, in milliseconds. */
  readonly timeoutMs?: number;
  /** For `rejected`: the host error's own message; for `schema`: what in the answer does not fit. */
  readonly detail?: string;

  /**
   * @param message English, for developers.
   * @param facts The facts a view needs to write its own sentence; a number is the HTTP status.
   */
  constructor(kind: ApiErrorKind, message: string, facts: ApiErrorFacts | number = {}) {
    const known: ApiErrorFacts = typeof facts === 'number' ? { status: facts } : facts;
    super(message, causeOption(known.cause));
    this.kind = kind;
    this.status = known.status;
    this.timeoutMs = known.timeoutMs;
    this.detail = known.detail;
  }
}

/** The server refused the order with errors per field (HTTP 422). */
export class OrderRejectedError extends ApiError {
  override name = 'OrderRejectedError';
  constructor(readonly errors: FieldError[]) {
    super('http', rejectionMessage(errors), { status: 422 });
  }
}

function rejectionMessage(errors: FieldError[]): string {
  if (errors.length === 0) return 'The order was refused.';
  return errors.map((e) => e.message).join(' ');
}

/**
 * The server refused to place an order that was valid when checked (HTTP 409): the quote expired,
 * the price changed, or someone else changed the plan. A host's own client may throw this, or any
 * error with one of these `code`s.
 */
export class OrderConflictError extends ApiError {
  override name = 'OrderConflictError';
  constructor(
    /** Why the order could not be placed. */
    readonly code: ConflictCode,
    message: string,
  ) {
    super('conflict', message, { status: 409 });
  }
}

/** The error an aborted call rejects with (the caller aborted it, or the element was removed). */
export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}
