/**
 * Faults the reference server can be started with on purpose (`--broken NAME`), so that a test can
 * prove the conformance checker catches each of them. Never used otherwise.
 */
import type { ApiAnswer, ApiRequest } from '../src/mocks/routes.js';

export const FAULTS = ['idempotency', 'schema', 'status'] as const;
export type Fault = (typeof FAULTS)[number];

export const isFault = (name: string): name is Fault => (FAULTS as readonly string[]).includes(name);

let requestCount = 0;

/** idempotency: every submit gets a key of its own, so a replay places a second order. */
export function breakRequest(faults: readonly Fault[], request: ApiRequest): ApiRequest {
  if (!faults.includes('idempotency') || request.method !== 'POST') return request;
  requestCount += 1;
  const forgetful = `forgetful-${requestCount}`;
  return {
    ...request,
    header: (name) => (name.toLowerCase() === 'idempotency-key' ? forgetful : request.header(name)),
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * schema: the order context's products carry their maxQuantity as a string.
 * status: every refusal (400–499 but 401 and 403) is answered 400, so 404, 409 and 422 are lost.
 */
export function breakAnswer(faults: readonly Fault[], request: ApiRequest, result: ApiAnswer): ApiAnswer {
  let broken = result;
  if (faults.includes('schema') && request.path.endsWith('/license-order-context') && isPlainObject(result.body)) {
    const products = Array.isArray(result.body.products) ? result.body.products : [];
    const stringly = products.map((product: unknown) =>
      isPlainObject(product) ? { ...product, maxQuantity: String(product.maxQuantity) } : product,
    );
    broken = { ...broken, body: { ...result.body, products: stringly } };
  }
  const refusal = broken.status >= 400 && broken.status < 500 && broken.status !== 401 && broken.status !== 403;
  if (faults.includes('status') && refusal) broken = { ...broken, status: 400 };
  return broken;
}
