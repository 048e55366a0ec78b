/**
 * The Partner Portal's HTTP API over a FakeBackend, without any HTTP library: a request goes in as
 * method, path, query, headers and body text, and an answer comes out as status, headers and JSON.
 * The msw handlers (./handlers.ts) and the reference server (server/) both serve this, so they
 * answer the same routes the same way:
 *
 *   GET  {base}/customers/{customerId}/license-order-context?mode=new|change[&planId=…]
 *   POST {base}/customers/{customerId}/license-orders/validate
 *   POST {base}/customers/{customerId}/license-orders        (header Idempotency-Key)
 */
import type { FakeBackend } from './backend.js';
import type { Delivery } from './responses.js';
import { negotiateLocale } from './text.js';

export interface ApiRequest {
  method: string;
  /** The path below the API's base, e.g. `/customers/acme/license-order-context`. */
  path: string;
  query: URLSearchParams;
  /** A request header, or null when it is absent. */
  header(name: string): string | null;
  /** The body as text ('' when there is none). */
  body: string;
}

export interface ApiAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  /** 'never': hold the answer until the client gives up (the order is stored all the same). */
  delivery: Delivery;
  /** Milliseconds to wait before answering (the slow scenario). */
  delayMs: number;
}

const ROUTE = /^\/customers\/([^/]+)\/(license-order-context|license-orders\/validate|license-orders)\/?$/;
const METHOD_OF = { 'license-order-context': 'GET', 'license-orders/validate': 'POST', 'license-orders': 'POST' } as const;

type Endpoint = keyof typeof METHOD_OF;

function readJson(text: string): { ok: true; body: unknown } | { ok: false } {
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** An order sent to another customer's address is refused as a whole. */
function wrongCustomer(body: unknown, customerId: string): { errors: { field: string; message: string }[] } | null {
  if (typeof body !== 'object' || body === null) return null;
  const sent = (body as { customerId?: unknown }).customerId;
  if (typeof sent !== 'string' || sent === customerId) return null;
  return {
    errors: [{ field: 'customerId', message: `The order is for customer "${sent}" but was sent to customer "${customerId}".` }],
  };
}

/** 401 or 403 when the request may not be served, else null. */
function refusal(backend: FakeBackend, request: ApiRequest): { status: 401 | 403; message: string } | null {
  if (backend.scenario.sessionExpired) return { status: 401, message: 'The session has ended. Sign in again.' };
  if (backend.token !== undefined && request.header('Authorization') !== `Bearer ${backend.token}`) {
    return { status: 401, message: 'This API needs a valid bearer token in the Authorization header.' };
  }
  if (backend.scenario.notAllowed && request.method === 'POST') {
    return { status: 403, message: 'You may not order licenses for this customer.' };
  }
  return null;
}

/** The answer to one request. */
export function answer(backend: FakeBackend, request: ApiRequest): ApiAnswer {
  const delayMs = Math.max(0, backend.scenario.slow ?? 0);
  const reply = (status: number, body: unknown, headers: Record<string, string> = {}): ApiAnswer => ({
    status,
    headers,
    body,
    delivery: 'normal',
    delayMs,
  });

  const match = ROUTE.exec(request.path);
  if (!match) return reply(404, { message: `There is no API at ${request.path}.` });
  const customerId = decodeURIComponent(match[1]);
  const endpoint = match[2] as Endpoint;
  if (request.method !== METHOD_OF[endpoint]) {
    return reply(405, { message: `${endpoint} answers ${METHOD_OF[endpoint]} only.` }, { Allow: METHOD_OF[endpoint] });
  }
  const refused = refusal(backend, request);
  if (refused) return reply(refused.status, { message: refused.message });

  const locale = negotiateLocale(request.header('Accept-Language'));
  const localized = { 'Content-Language': locale, Vary: 'Accept-Language' };

  if (endpoint === 'license-order-context') {
    const result = backend.context(customerId, request.query.get('mode') ?? '', request.query.get('planId'), locale);
    return reply(result.status, result.body, localized);
  }

  const read = readJson(request.body);
  if (!read.ok) return reply(400, { message: 'The request body is not valid JSON.' });
  const misaddressed = wrongCustomer(read.body, customerId);
  if (misaddressed) return reply(422, misaddressed);

  if (endpoint === 'license-orders/validate') {
    const result = backend.validateRequest(read.body, locale);
    return reply(result.status, result.body, localized);
  }
  const result = backend.submit(read.body, request.header('Idempotency-Key'));
  if (result.status !== 201 || !result.delivery) return reply(result.status, result.body);
  if (result.delivery === 'unreadable') {
    const { orderId: _withheld, ...unreadable } = result.body;
    return { ...reply(201, unreadable), delivery: 'unreadable' };
  }
  return { ...reply(201, result.body), delivery: result.delivery };
}
