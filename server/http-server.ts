/**
 * The reference HTTP server: a FakeBackend served over node:http with the same routes as the msw
 * handlers (both go through src/mocks/routes.ts). No service worker; CORS for pages on this
 * machine (the demo) and for the origins given.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { FakeBackend } from '../src/mocks/backend.js';
import { answer, type ApiAnswer, type ApiRequest } from '../src/mocks/routes.js';
import { breakAnswer, breakRequest, type Fault } from './faults.js';

export interface ReferenceServerOptions {
  backend: FakeBackend;
  /** The path the API lives under. Default '/api'. */
  basePath?: string;
  /** Origins besides this machine's (localhost, 127.0.0.1, [::1]) whose pages may call the API. */
  corsOrigins?: readonly string[];
  /** Faults to build in on purpose, for proving that the conformance checker catches them. */
  faults?: readonly Fault[];
}

/** A request body larger than this is refused with 413. */
const MAX_BODY_BYTES = 1_000_000;
const LOOPBACK_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;
const ALLOWED_HEADERS = 'Accept, Accept-Language, Authorization, Content-Type, Idempotency-Key';

function corsHeaders(origin: string | undefined, allowed: readonly string[]): Record<string, string> {
  if (!origin) return {};
  if (!LOOPBACK_ORIGIN.test(origin) && !allowed.includes(origin)) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Access-Control-Allow-Headers': ALLOWED_HEADERS,
    'Access-Control-Expose-Headers': 'Content-Language',
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  };
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function headerOf(request: IncomingMessage, name: string): string | null {
  const value = request.headers[name.toLowerCase()];
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.join(', ');
  return value;
}

function send(response: ServerResponse, status: number, headers: Record<string, string>, body: unknown) {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  response.end(text);
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A node:http server for the backend (not yet listening). Stop it with stopReferenceServer. */
export function createReferenceServer({
  backend,
  basePath = '/api',
  corsOrigins = [],
  faults = [],
}: ReferenceServerOptions): Server {
  const base = basePath.replace(/\/+$/, '');
  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://reference.invalid');
    const cors = corsHeaders(headerOf(request, 'Origin') ?? undefined, corsOrigins);
    if (request.method === 'OPTIONS') {
      response.writeHead(204, cors);
      response.end();
      return;
    }
    if (!url.pathname.startsWith(`${base}/`)) {
      send(response, 404, cors, { message: `The API is under ${base}/customers/…` });
      return;
    }
    const body = await readBody(request);
    if (body === null) {
      send(response, 413, cors, { message: 'The request body is too large.' });
      return;
    }
    const apiRequest: ApiRequest = breakRequest(faults, {
      method: request.method ?? 'GET',
      path: url.pathname.slice(base.length),
      query: url.searchParams,
      header: (name) => headerOf(request, name),
      body,
    });
    const result: ApiAnswer = breakAnswer(faults, apiRequest, answer(backend, apiRequest));
    if (result.delayMs > 0) await wait(result.delayMs);
    if (result.delivery === 'never') {
      // The order is stored; its answer never comes, so the client's time limit runs out. The
      // connection stays open until the client gives up or the server stops.
      return;
    }
    send(response, result.status, { ...cors, ...result.headers }, result.body);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, {}, { message: `The reference server failed: ${String(error)}` });
    });
  });
  return server;
}

/** Stops the server at once, ending the answers it holds back and every open connection. */
export function stopReferenceServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => {
      if (error) reject(error);
      else resolve();
    });
    server.closeAllConnections();
  });
}
