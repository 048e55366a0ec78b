import type { LicensePlanApiClient, LoadContextRequest, RequestInit } from './client.js';
import { ApiError, OrderConflictError } from './errors.js';
import type { OrderContext, describeIssues } from '../model/schemas.js';
import { conflictCodeOf } from '../model/conflict-code.js';
import { nextTask } from '../scheduling.js';

interface Schema<T> {
  safeParse(
    data: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/** How one guarded call runs. */
export interface GuardedCallOptions {
  /** Aborts the call; the caller then gets the signal's reason (an AbortError), not an ApiError. */
  signal: AbortSignal;
  /** The time limit: after it the call is aborted and fails with an ApiError of kind `timeout`. */
  timeoutMs: number;
  /** The wizard's locale (BCP 47), passed to the client for text the server writes. */
  locale?: string;
}

/** A host error's own message, or '' when it has none. */
function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return '';
}

/**
 * What a host client's failure becomes: an ApiError stays as it is; an error
 * whose `code` names a conflict becomes an OrderConflictError with that code;
 * anything else is `rejected`, with the host's message as `detail`.
 */
function fromHostError(error: unknown, what: string): ApiError {
  if (error instanceof OrderConflictError) return error;
  const code = conflictCodeOf(error);
  if (code !== undefined) return new OrderConflictError(code, messageOf(error) || `The order could not be placed (${code}).`);
  if (error instanceof ApiError) return error;
  const detail = messageOf(error);
  const message = detail ? `${what} ${detail}` : what;
  return new ApiError('rejected', message, { detail, cause: error });
}

/**
 * Calls a host's client with a time limit and an abort signal, and parses what
 * comes back with the contract's schemas. Whatever goes wrong comes out as an
 * ApiError (or an AbortError when the caller aborted).
 * @param what What the call was for, in English, starting the message of a `rejected` error.
 */
export async function guardedCall<T>(
  what: string,
  schema: Schema<T> | Promise<Schema<T>>,
  run: (signal: AbortSignal) => Promise<unknown>,
  { signal, timeoutMs }: GuardedCallOptions,
): Promise<T> {
  signal.throwIfAborted();
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let abort = () => {};
  // Settles as soon as the caller aborts (whatever the client does with its signal) or time runs out.
  const timeout = new Promise<never>((_, reject) => {
    abort = () => {
      controller.abort(signal.reason);
      reject(signal.reason instanceof Error ? signal.reason : new DOMException('aborted', 'AbortError'));
    };
    signal.addEventListener('abort', abort, { once: true });
    timer = setTimeout(() => {
      controller.abort(new DOMException('timed out', 'TimeoutError'));
      const seconds = Number((timeoutMs / 1000).toFixed(1));
      reject(new ApiError('timeout', `The Partner Portal did not answer within ${seconds} seconds.`, { timeoutMs }));
    }, timeoutMs);
  });
  try {
    let raw: unknown;
    try {
      raw = await Promise.race([run(controller.signal), timeout]);
    } catch (error) {
      if (signal.aborted) throw error;
      throw fromHostError(error, what);
    }
    const parsed = (await schema).safeParse(raw);
    if (parsed.success) return parsed.data;
    throw await schemaError(parsed.error);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}

/** The error for an answer that failed its schema, naming the first bad field (when the schemas' module can be had). */
async function schemaError(failure: Parameters<typeof describeIssues>[0]): Promise<ApiError> {
  try {
    // The sentence for a failed parse comes with the schemas (the answer was parsed with one of them).
    const { describeIssues } = await loadSchemas();
    const detail = describeIssues(failure);
    return new ApiError('schema', `The Partner Portal sent data the wizard cannot use: ${detail}.`, { detail });
  } catch {
    return new ApiError('schema', 'The Partner Portal sent data the wizard cannot use.');
  }
}

/** What a client call is given: the abort signal and, when one is asked for, the locale of text the server writes. */
export function requestInit(signal: AbortSignal, locale: string | undefined): RequestInit {
  const init: RequestInit = { signal };
  if (locale) init.locale = locale;
  return init;
}

let schemas: Promise<typeof import('../model/schemas.js')> | undefined;

/**
 * Loads the contract's zod schemas (what `license-plan-wizard/schemas` exports), and zod with them,
 * once: they are not part of the first step's code. The wizard asks for them as soon as it is in the
 * page, so they come in beside its first call; after a failed load the next call tries again. It is
 * exported for pages that use the standalone bundle and want the schemas too:
 * `const { OrderContextSchema } = await loadSchemas()`.
 */
export function loadSchemas(): Promise<typeof import('../model/schemas.js')> {
  schemas ??= import('../model/schemas.js').catch((error: unknown) => {
    schemas = undefined;
    throw error;
  });
  return schemas;
}

/**
 * The context's schema (see loadSchemas): parsing the answer waits at most for whichever of the
 * two comes last. A failed load is a network failure (Try again loads them again).
 */
function contextSchema(): Promise<Schema<OrderContext>> {
  return loadSchemas().then(
    (schemas) => schemas.OrderContextSchema,
    (error: unknown) => {
      throw new ApiError('network', 'The wizard could not load the code that reads the order details.', { cause: error });
    },
  );
}

export function loadContext(
  client: LicensePlanApiClient,
  req: LoadContextRequest,
  options: GuardedCallOptions,
): Promise<OrderContext> {
  const schema = contextSchema();
  // Its failure is reported where it is awaited; this keeps a call aborted before that from leaving it unhandled.
  schema.catch(() => {});
  // The context is parsed (and its first step rendered) in a task after the one it arrived in. A
  // client that answers at once would otherwise have the bundle's evaluation, the loading render,
  // this parse and the first step's render all in one long task. The wait is inside the guarded
  // call, so an abort or the time limit still ends it; so is the wait for the schema.
  const run = async (signal: AbortSignal) => {
    const [answer] = await Promise.all([client.loadContext(req, requestInit(signal, options.locale)), schema]);
    await nextTask();
    return answer;
  };
  return guardedCall('Could not load the order details.', schema, run, options);
}
