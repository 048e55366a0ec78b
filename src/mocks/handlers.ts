/**
 * msw request handlers that serve a FakeBackend over the Partner Portal's HTTP API:
 *
 *   GET  {base}/customers/:customerId/license-order-context?mode=new|change[&planId=…]
 *   POST {base}/customers/:customerId/license-orders/validate
 *   POST {base}/customers/:customerId/license-orders        (header Idempotency-Key)
 */
import { delay, http, HttpResponse } from 'msw';
import type { FakeBackend } from './backend.js';

type Params = { customerId: string };

async function readJson(request: Request): Promise<{ ok: true; body: unknown } | { ok: false }> {
  try {
    return { ok: true, body: await request.json() };
  } catch {
    return { ok: false };
  }
}

const notJson = () => HttpResponse.json({ message: 'The request body is not valid JSON.' }, { status: 400 });

/** An order sent to another customer's address is refused as a whole. */
function wrongCustomer(body: unknown, customerId: string) {
  const sent = typeof body === 'object' && body !== null ? (body as { customerId?: unknown }).customerId : undefined;
  if (typeof sent !== 'string' || sent === customerId) return null;
  return HttpResponse.json(
    { errors: [{ field: 'customerId', message: `The order is for customer "${sent}" but was sent to customer "${customerId}".` }] },
    { status: 422 },
  );
}

export function createHandlers(backend: FakeBackend, baseUrl = '/api') {
  const base = baseUrl.replace(/\/+$/, '');
  const customer = `${base}/customers/:customerId`;
  const pause = async () => {
    const ms = backend.scenario.slow;
    if (ms && ms > 0) await delay(ms);
  };

  return [
    http.get<Params>(`${customer}/license-order-context`, async ({ request, params }) => {
      await pause();
      const query = new URL(request.url).searchParams;
      const result = backend.context(params.customerId, query.get('mode') ?? '', query.get('planId'));
      return HttpResponse.json(result.body, { status: result.status });
    }),

    http.post<Params>(`${customer}/license-orders/validate`, async ({ request, params }) => {
      await pause();
      const read = await readJson(request);
      if (!read.ok) return notJson();
      const refused = wrongCustomer(read.body, params.customerId);
      if (refused) return refused;
      const result = backend.validateRequest(read.body);
      return HttpResponse.json(result.body, { status: result.status });
    }),

    http.post<Params>(`${customer}/license-orders`, async ({ request, params }) => {
      await pause();
      const read = await readJson(request);
      if (!read.ok) return notJson();
      const refused = wrongCustomer(read.body, params.customerId);
      if (refused) return refused;
      const result = backend.submit(read.body, request.headers.get('Idempotency-Key'));
      return HttpResponse.json(result.body, { status: result.status });
    }),
  ];
}
