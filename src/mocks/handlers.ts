/**
 * msw request handlers that serve a FakeBackend over the Partner Portal's HTTP API (the routes are
 * listed in ./routes.ts, which both these handlers and the reference server use).
 */
import { delay, http, HttpResponse, type JsonBodyType } from 'msw';
import type { FakeBackend } from './backend.js';
import { answer } from './routes.js';

/** The path part of a base URL that may be absolute ('https://portal.example/api') or a path ('/api'). */
function basePath(baseUrl: string): string {
  const trimmed = baseUrl.replace(/\/+$/, '');
  if (/^[a-z][a-z\d+.-]*:/i.test(trimmed)) return new URL(trimmed).pathname.replace(/\/+$/, '');
  return trimmed;
}

/** How often, and at most how long, a lost answer is held back. */
const HOLD_POLL_MS = 200;
const HOLD_LIMIT_MS = 10 * 60_000;

/**
 * Holds a lost answer while the scenario that loses it is on and the client has not given up (msw
 * does not always pass the client's abort on). Switching the scenario off releases it, so a worker
 * can stop.
 */
async function holdLostAnswer(backend: FakeBackend, signal: AbortSignal) {
  const started = Date.now();
  while (backend.scenario.submitTimesOut && !signal.aborted && Date.now() - started < HOLD_LIMIT_MS) {
    await delay(HOLD_POLL_MS);
  }
}

export function createHandlers(backend: FakeBackend, baseUrl = '/api') {
  const base = baseUrl.replace(/\/+$/, '');
  const prefix = basePath(baseUrl);

  return [
    http.all(`${base}/customers/*`, async ({ request }) => {
      const url = new URL(request.url);
      const result = answer(backend, {
        method: request.method,
        path: url.pathname.slice(prefix.length),
        query: url.searchParams,
        header: (name) => request.headers.get(name),
        body: request.method === 'GET' ? '' : await request.text(),
      });
      if (result.delayMs > 0) await delay(result.delayMs);
      // The order is stored; its answer is lost on the way, so the client times out.
      if (result.delivery === 'never') await holdLostAnswer(backend, request.signal);
      return HttpResponse.json(result.body as JsonBodyType, { status: result.status, headers: result.headers });
    }),
  ];
}
