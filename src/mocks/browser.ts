/** Starts the fake Partner Portal in the browser, behind msw's service worker. */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { FakeBackend, type FakeBackendOptions } from './backend.js';
import { createHandlers } from './handlers.js';

export interface MockBackendOptions extends FakeBackendOptions {
  /** Where the handlers answer. Default '/api'. */
  baseUrl?: string;
  /** URL of msw's worker script. Default '/mockServiceWorker.js' (copied into public/). */
  serviceWorkerUrl?: string;
}

export async function startMockBackend(options: MockBackendOptions = {}): Promise<{ backend: FakeBackend; worker: SetupWorker }> {
  const { baseUrl, serviceWorkerUrl = '/mockServiceWorker.js', ...backendOptions } = options;
  const backend = new FakeBackend(backendOptions);
  const worker = setupWorker(...createHandlers(backend, baseUrl));
  await worker.start({
    serviceWorker: { url: serviceWorkerUrl },
    // Everything that is not the API (scripts, styles, fonts) goes to the network unremarked.
    onUnhandledFrame: 'bypass',
    quiet: true,
  });
  return { backend, worker };
}
