/** The server under test, and one request to it. */

export interface Target {
  /** The API's base URL, e.g. `https://staging.portal.example/api`. */
  baseUrl: string;
  customerId: string;
  /** A plan of the customer, for the change-mode checks. */
  planId?: string;
  /** Sent with every request, e.g. `{ Authorization: 'Bearer …' }`. */
  headers: Record<string, string>;
  /** Milliseconds each request may take. */
  timeoutMs: number;
  fetch: typeof fetch;
}

export interface Reply {
  status: number;
  headers: Headers;
  /** The body read as JSON, or undefined when it is empty or not JSON. */
  json: unknown;
}

export interface RequestOptions {
  method?: 'GET' | 'POST';
  body?: unknown;
  headers?: Record<string, string>;
  /** Another customer than the target's (for the unknown-customer check). */
  customerId?: string;
}

/** One request to `path` below the customer's URL. Throws when the server cannot be reached or times out. */
export async function call(target: Target, path: string, options: RequestOptions = {}): Promise<Reply> {
  const { method = 'GET', body, headers = {}, customerId = target.customerId } = options;
  const base = target.baseUrl.replace(/\/+$/, '');
  const url = `${base}/customers/${encodeURIComponent(customerId)}/${path}`;
  const sent: Record<string, string> = { Accept: 'application/json', ...target.headers, ...headers };
  if (body !== undefined) sent['Content-Type'] = 'application/json';
  const response = await target.fetch(url, {
    method,
    headers: sent,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(target.timeoutMs),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, json };
}

/** A fresh idempotency key, unique enough that no earlier run of the checker used it. */
export function freshKey(purpose: string): string {
  return `conformance-${purpose}-${crypto.randomUUID()}`;
}
