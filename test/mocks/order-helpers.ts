/** Orders and requests shared by the fake backend's tests. */
import { answer, type ApiAnswer, type FakeBackend } from '../../src/mocks/index.js';
import type { LicenseOrder, Quote, ValidationResult } from '../../src/model/schemas.js';

export const TODAY = '2026-11-26';

export const newOrder = (patch: Partial<LicenseOrder> = {}): LicenseOrder => ({
  customerId: 'acme',
  mode: 'new',
  productId: 'connect-essentials',
  quantity: 40,
  cadence: 'prepay-3y',
  startDate: TODAY,
  costCenterId: 'cc-it',
  purchaseRef: 'PO-2026-1',
  purchaserConfirmed: true,
  idempotencyKey: 'key-new-1',
  ...patch,
});

export const changeOrder = (patch: Partial<LicenseOrder> = {}): LicenseOrder => ({
  customerId: 'acme',
  mode: 'change',
  planId: 'plan-acme-1',
  productId: 'connect-standard-microsoft',
  quantity: 60,
  cadence: 'monthly',
  costCenterId: 'cc-it',
  purchaseRef: 'PO-2024-0117',
  purchaserConfirmed: true,
  idempotencyKey: 'key-change-1',
  ...patch,
});

export function quoteOf(result: ValidationResult): Quote {
  if (!result.ok) throw new Error(`expected a priced order, got ${JSON.stringify(result.errors)}`);
  if (!result.quote) throw new Error('expected a quote');
  return result.quote;
}

interface RequestParts {
  method?: string;
  path: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: unknown;
}

/** One request through the same routes the msw handlers and the reference server serve. */
export function request(backend: FakeBackend, { method = 'GET', path, query = {}, headers = {}, body }: RequestParts): ApiAnswer {
  const lower = new Map(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  return answer(backend, {
    method,
    path,
    query: new URLSearchParams(query),
    header: (name) => lower.get(name.toLowerCase()) ?? null,
    body: body === undefined ? '' : JSON.stringify(body),
  });
}

export const submitRequest = (backend: FakeBackend, order: LicenseOrder, headers: Record<string, string> = {}) =>
  request(backend, {
    method: 'POST',
    path: `/customers/${order.customerId}/license-orders`,
    headers: { 'Idempotency-Key': order.idempotencyKey, ...headers },
    body: order,
  });

export const contextRequest = (backend: FakeBackend, headers: Record<string, string> = {}, customerId = 'acme') =>
  request(backend, { path: `/customers/${customerId}/license-order-context`, query: { mode: 'new' }, headers });
