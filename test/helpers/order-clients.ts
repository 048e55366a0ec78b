/**
 * API clients for the order-trust tests: an in-memory FakeBackend behind a host client (or behind a
 * fake `fetch` for the built-in HTTP client) that records every call and lets a test hold, fail or
 * alter each one. The backend's idempotency store answers a repeated key with its first confirmation.
 */
import { createHttpClient, type LicensePlanApiClient } from '../../src/index.js';
import { OrderConflictError, OrderRejectedError } from '../../src/api/errors.js';
import type { LicenseOrder, OrderConfirmation, OrderContext, Quote, ValidationResult } from '../../src/model/schemas.js';
import { FakeBackend } from '../../src/mocks/backend.js';
import { TODAY, deepAll } from './harness.js';

/** A promise the test settles by hand. */
export interface Held<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

export function held<T>(): Held<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export interface Hooks {
  /** Replaces validateOrder's answer; `real` gives the backend's (changed by `quote`). */
  validate?: (order: LicenseOrder, real: () => Promise<ValidationResult>) => Promise<ValidationResult>;
  /** Replaces submitOrder's answer; `real` stores the order (or returns the stored confirmation for a known key). */
  submit?: (order: LicenseOrder, real: () => Promise<OrderConfirmation>) => Promise<OrderConfirmation>;
  /** Changes the backend's quote of the n-th check (from 0). */
  quote?: (n: number, quote: Quote) => Quote;
  /** Changes the loaded context (e.g. gives the plan a version). */
  context?: (context: OrderContext) => OrderContext;
}

/** A host client on an in-memory FakeBackend. */
export function hostClient(backend = new FakeBackend({ today: TODAY })) {
  const hooks: Hooks = {};
  const loads: unknown[] = [];
  const validates: LicenseOrder[] = [];
  const submits: LicenseOrder[] = [];
  /** The id of each quote the client passed on, in order. */
  const quoteIds: (string | undefined)[] = [];

  const realValidate = async (order: LicenseOrder): Promise<ValidationResult> => {
    const result = backend.validate(order);
    if (!result.ok || !result.quote) return result;
    const n = validates.length - 1;
    const quote = hooks.quote ? hooks.quote(n, result.quote) : result.quote;
    quoteIds.push(quote.id);
    return { ok: true, quote };
  };
  const realSubmit = async (order: LicenseOrder): Promise<OrderConfirmation> => {
    const res = backend.submit(order, order.idempotencyKey);
    if (res.status === 201) return res.body;
    if (res.status === 422) throw new OrderRejectedError(res.body.errors);
    if (res.status === 409) throw new OrderConflictError(res.body.code, res.body.message ?? '');
    throw new Error(res.body.message);
  };

  const client: LicensePlanApiClient = {
    loadContext: async ({ customerId, mode, planId }) => {
      loads.push({ customerId, mode, planId });
      const res = backend.context(customerId, mode, planId);
      if (res.status !== 200) throw new Error(res.body.message);
      return hooks.context ? hooks.context(res.body) : res.body;
    },
    validateOrder: async (order) => {
      validates.push(structuredClone(order));
      return hooks.validate ? hooks.validate(order, () => realValidate(order)) : realValidate(order);
    },
    submitOrder: async (order) => {
      submits.push(structuredClone(order));
      return hooks.submit ? hooks.submit(order, () => realSubmit(order)) : realSubmit(order);
    },
  };
  return { client, hooks, loads, validates, submits, quoteIds, backend };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** What the fake server does to one submit, after it has stored the order. */
export type SubmitFault = { respond: () => Response } | { hang: true } | { cut: true };

/** The built-in HTTP client over a fake `fetch` serving a FakeBackend; `faults` holds what the next submits do after storing. */
export function httpClient(backend = new FakeBackend({ today: TODAY })) {
  const faults: SubmitFault[] = [];
  const submits: { body: string; key: string | null }[] = [];
  const fakeFetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(String(input), location.href);
    const body = init.body ? JSON.parse(String(init.body)) : undefined;
    if (url.pathname.endsWith('/license-order-context')) {
      const customerId = decodeURIComponent(url.pathname.split('/')[3]);
      const res = backend.context(customerId, url.searchParams.get('mode') ?? '', url.searchParams.get('planId'));
      return json(res.body, res.status);
    }
    if (url.pathname.endsWith('/validate')) {
      const res = backend.validateRequest(body);
      return json(res.body, res.status);
    }
    const key = new Headers(init.headers).get('Idempotency-Key');
    submits.push({ body: String(init.body), key });
    const res = backend.submit(body, key);
    const fault = faults.shift();
    if (!fault) return json(res.body, res.status);
    if ('hang' in fault) return new Promise<Response>(() => {});
    if ('cut' in fault) throw new TypeError('Failed to fetch');
    return fault.respond();
  };
  const client = createHttpClient({ baseUrl: '/api', fetch: fakeFetch as typeof fetch });
  return { client, faults, submits, backend };
}

const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The text of every role="alert" inside the wizard. */
export function alertTexts(wizard: Element): string[] {
  return deepAll(wizard.shadowRoot!)
    .filter((e) => e.getAttribute('role') === 'alert')
    .map(textOf);
}

/** The wizard's own status region (the first role="status" of its shadow root). */
export function statusText(wizard: Element): string {
  const region = wizard.shadowRoot!.querySelector('[role="status"]');
  return region ? textOf(region) : '';
}

/** The "Try again" button inside the alert that says `text`. */
export function retryIn(wizard: Element, text: string): HTMLButtonElement {
  const alert = deepAll(wizard.shadowRoot!).find((e) => e.getAttribute('role') === 'alert' && textOf(e).includes(text));
  const found = alert && Array.from(alert.querySelectorAll('button')).find((b) => textOf(b) === 'Try again');
  if (!found) throw new Error(`No "Try again" in an alert saying "${text}"; alerts: ${alertTexts(wizard).join(' | ')}`);
  return found;
}

/** A button's accessible description (its aria-describedby targets' text). */
export function descriptionOf(el: Element): string {
  const root = el.getRootNode() as ShadowRoot;
  const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => textOf(root.getElementById(id) ?? document.createElement('i'))).join(' ');
}
