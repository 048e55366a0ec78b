/**
 * loadContext parses a context in a later task than the one it arrived in, so a client that answers
 * at once does not make one long task of the loading render, the parse and the first step's render.
 * The browser's `scheduler.yield()` is replaced by one the test releases by hand.
 */
import { expect } from '@open-wc/testing';
import type { LicensePlanApiClient } from '../../src/api/client.js';
import { loadContext } from '../../src/api/guarded.js';
import { rawContext } from '../model/fixtures.js';
import { rejectionOf } from './rejection.js';

/** A context whose reading (by the parse) is recorded; promises look up `then` on any answer, which is not a read. */
function watchedContext() {
  const watch = { read: false };
  const data = new Proxy(rawContext(), {
    get(target, key, receiver) {
      if (key !== 'then') watch.read = true;
      return Reflect.get(target, key, receiver);
    },
  });
  return { data, watch };
}

const answering = (data: unknown): LicensePlanApiClient => ({
  loadContext: () => Promise.resolve(data as never),
  validateOrder: () => Promise.reject(new Error('not in this test')),
  submitOrder: () => Promise.reject(new Error('not in this test')),
});

/** Every microtask and timer queued so far has run. */
const aWhile = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('loadContext and the event loop', () => {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'scheduler');
  let release: () => void;

  beforeEach(() => {
    const yielded = new Promise<void>((resolve) => {
      release = resolve;
    });
    Object.defineProperty(globalThis, 'scheduler', { value: { yield: () => yielded }, configurable: true });
  });

  afterEach(() => {
    if (descriptor) Object.defineProperty(globalThis, 'scheduler', descriptor);
    else delete (globalThis as { scheduler?: unknown }).scheduler;
  });

  it('parses the context only after yielding to the event loop', async () => {
    const { data, watch } = watchedContext();
    const loading = loadContext(
      answering(data),
      { customerId: 'cust-1', mode: 'new' },
      {
        signal: new AbortController().signal,
        timeoutMs: 5000,
      },
    );
    await aWhile();
    expect(watch.read, 'read before the yield').to.be.false;
    release();
    const loaded = await loading;
    expect(watch.read, 'read after the yield').to.be.true;
    expect(loaded.customer.id).to.equal('cust-1');
  });

  it('gives up, unread, when aborted while it waits for its turn', async () => {
    const { data, watch } = watchedContext();
    const controller = new AbortController();
    const loading = loadContext(
      answering(data),
      { customerId: 'cust-1', mode: 'new' },
      {
        signal: controller.signal,
        timeoutMs: 5000,
      },
    );
    await aWhile();
    controller.abort();
    release();
    const error = await rejectionOf(() => loading);
    expect((error as Error).name).to.equal('AbortError');
    expect(watch.read, 'the aborted context is not parsed').to.be.false;
  });
});
