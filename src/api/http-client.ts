import type { LicensePlanApiClient, RequestInit as CallInit } from './client.js';
import { ApiError, OrderConflictError, OrderRejectedError, isAbortError } from './errors.js';
import type { LicenseOrder, OrderConfirmation, OrderContext, ValidationResult } from '../model/schemas.js';

export interface HttpClientOptions {
  /** Base URL of the Partner Portal API, e.g. `https://portal.example/api`. */
  baseUrl: string;
  fetch?: typeof fetch;
  headers?: Record<string, string>;
}

/** One request: a GET, or a POST of an order as JSON with some extra headers. */
interface CallRequest {
  customerId: string;
  /** Below the customer's URL, with its query. */
  path: string;
  init?: CallInit;
  order?: LicenseOrder;
  extraHeaders?: Record<string, string>;
}

const isAbort = (error: unknown, signal: AbortSignal | undefined) => signal?.aborted === true || isAbortError(error);

/** The body as JSON: undefined when empty, or `NOT_JSON` when it is not JSON. */
const NOT_JSON = Symbol('not JSON');
function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}

/**
 * The error for a 422 with field errors (OrderRejectedError) or a 409 with a conflict code
 * (OrderConflictError); undefined for another body, which is then a plain HTTP error. The schemas
 * for these bodies load with the first such answer (see http-bodies.ts); if they cannot be loaded,
 * the answer is a plain HTTP error too.
 */
async function refusalError(status: number, body: unknown): Promise<Error | undefined> {
  let bodies: typeof import('./http-bodies.js');
  try {
    bodies = await import('./http-bodies.js');
  } catch {
    return undefined;
  }
  if (status === 422) {
    const rejection = bodies.RejectionSchema.safeParse(body);
    if (rejection.success) return new OrderRejectedError(rejection.data.errors);
    return undefined;
  }
  const conflict = bodies.ConflictSchema.safeParse(body);
  if (!conflict.success) return undefined;
  const { code, message } = conflict.data;
  return new OrderConflictError(code, message ?? `The Partner Portal refused the order (${code}).`);
}

/**
 * The built-in client for the Partner Portal's HTTP API. It returns the raw
 * JSON under the interface's types, unchecked: the widget's guarded calls
 * (guarded.ts) parse every answer with the contract's schemas.
 */
export function createHttpClient({
  baseUrl,
  fetch: doFetch = globalThis.fetch.bind(globalThis),
  headers = {},
}: HttpClientOptions): LicensePlanApiClient {
  const base = baseUrl.replace(/\/+$/, '');

  function requestHeaders({ init, order, extraHeaders }: CallRequest): Record<string, string> {
    const sent: Record<string, string> = { Accept: 'application/json', ...headers };
    // The wizard's locale, for text the server writes (field errors, quote labels).
    if (init?.locale) sent['Accept-Language'] = init.locale;
    if (order) {
      sent['Content-Type'] = 'application/json';
      Object.assign(sent, extraHeaders);
    }
    return sent;
  }

  /**
   * Sends one request and returns the body's JSON. Throws an ApiError (an
   * OrderRejectedError for a 422 with field errors, an OrderConflictError for a
   * 409 with a conflict code), or the AbortError when aborted.
   */
  async function call(request: CallRequest): Promise<unknown> {
    const signal = request.init?.signal;
    const url = `${base}/customers/${encodeURIComponent(request.customerId)}/${request.path}`;
    const fetchInit: RequestInit = { headers: requestHeaders(request), signal };
    if (request.order) {
      fetchInit.method = 'POST';
      fetchInit.body = JSON.stringify(request.order);
    }

    let response: Response;
    try {
      response = await doFetch(url, fetchInit);
    } catch (error) {
      if (isAbort(error, signal)) throw error;
      throw new ApiError('network', 'The Partner Portal could not be reached. Check the connection.', { cause: error });
    }

    const { status } = response;
    const body = parseBody(await response.text());
    if (response.ok) {
      if (body === NOT_JSON)
        throw new ApiError('invalid-json', 'The Partner Portal sent a response that is not valid JSON.', { status });
      return body;
    }
    if (status === 422 || status === 409) {
      const refusal = await refusalError(status, body);
      if (refusal) throw refusal;
    }
    throw new ApiError('http', `The Partner Portal answered with an error (HTTP ${status}).`, { status });
  }

  return {
    loadContext({ customerId, mode, planId }, init) {
      const query = new URLSearchParams({ mode });
      if (planId) query.set('planId', planId);
      return call({ customerId, path: `license-order-context?${query}`, init }) as Promise<OrderContext>;
    },
    // A 422 with field errors is an answer here, not a failure.
    async validateOrder(order, init) {
      try {
        return (await call({ customerId: order.customerId, path: 'license-orders/validate', init, order })) as ValidationResult;
      } catch (error) {
        if (error instanceof OrderRejectedError) return { ok: false, errors: error.errors };
        throw error;
      }
    },
    submitOrder(order, init) {
      const extraHeaders = { 'Idempotency-Key': order.idempotencyKey };
      return call({
        customerId: order.customerId,
        path: 'license-orders',
        init,
        order,
        extraHeaders,
      }) as Promise<OrderConfirmation>;
    },
  };
}
