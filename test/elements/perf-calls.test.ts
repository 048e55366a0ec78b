import { expect } from '@open-wc/testing';
import {
  button,
  click,
  control,
  fakeBackend,
  headingIs,
  mount,
  next,
  settle,
  toReview,
  until,
  visibleText,
} from '../helpers/harness.js';
import type { FakeBackend } from '../../src/mocks/backend.js';
import type { LicensePlanApiClient, LicensePlanWizard } from '../../src/index.js';

/** An in-process client on the fake backend that counts its calls. */
function countingClient(backend: FakeBackend) {
  const calls = { loadContext: 0, validateOrder: 0, submitOrder: 0 };
  const client: LicensePlanApiClient = {
    loadContext: async ({ customerId, mode, planId }) => {
      calls.loadContext += 1;
      return backend.context(customerId, mode, planId).body as never;
    },
    validateOrder: async (order) => {
      calls.validateOrder += 1;
      return backend.validate(order);
    },
    submitOrder: async (order) => {
      calls.submitOrder += 1;
      return backend.submit(order, order.idempotencyKey).body as never;
    },
  };
  return { client, calls };
}

async function atReview() {
  const backend = await fakeBackend();
  const { client, calls } = countingClient(backend);
  const el = await mount({ 'customer-id': 'acme' }, { client });
  await toReview(el);
  await until(el, () => visibleText(el).includes('Total'), 'the quote is shown');
  return { el, calls };
}

describe('calls to the API', () => {
  it('loads the context exactly once per mount, whatever re-renders follow', async () => {
    const backend = await fakeBackend();
    const { client, calls } = countingClient(backend);
    const el = await mount({ 'customer-id': 'acme' }, { client });
    await headingIs(el, 'Product');
    el.pricingWithheld = true;
    el.setAttribute('locale', 'en-GB');
    await click(el, control(el, 'Connect Essentials'));
    await next(el);
    await headingIs(el, 'Quantity');
    await settle(el);
    expect(calls.loadContext).to.equal(1);
  });

  it('checks the order at most once per entry to Review', async () => {
    const { el, calls } = await atReview();
    expect(calls.validateOrder, 'first entry').to.equal(1);
    await click(el, button(el, 'Back'));
    await headingIs(el, 'References');
    await next(el);
    await headingIs(el, 'Review');
    await until(el, () => visibleText(el).includes('Total'), 'the quote is shown again');
    expect(calls.validateOrder, 'second entry').to.equal(2);
  });

  it('submits an order once, even when Place order is pressed twice', async () => {
    const { el, calls } = await atReview();
    await click(el, control(el, /I confirm that I am authorized/));
    const place = button(el, 'Place order');
    place.click();
    place.click();
    await headingIs(el, 'Order placed');
    await settle(el);
    expect(calls.submitOrder).to.equal(1);
  });
});

describe('listeners on window', () => {
  const originalAdd = window.addEventListener;
  const originalRemove = window.removeEventListener;
  let pagehideListeners = 0;

  beforeEach(() => {
    pagehideListeners = 0;
    window.addEventListener = function (this: Window, ...args: Parameters<Window['addEventListener']>) {
      if (args[0] === 'pagehide') pagehideListeners += 1;
      return originalAdd.apply(this, args);
    } as Window['addEventListener'];
    window.removeEventListener = function (this: Window, ...args: Parameters<Window['removeEventListener']>) {
      if (args[0] === 'pagehide') pagehideListeners -= 1;
      return originalRemove.apply(this, args);
    } as Window['removeEventListener'];
  });

  afterEach(() => {
    window.addEventListener = originalAdd;
    window.removeEventListener = originalRemove;
  });

  it('leaves no pagehide listener after 200 mounts and unmounts, half of them removed mid-load', async function () {
    this.timeout(120_000);
    const backend = await fakeBackend();
    const { client } = countingClient(backend);
    const slowClient: LicensePlanApiClient = {
      ...client,
      loadContext: (req, init) => new Promise((resolve) => setTimeout(() => resolve(client.loadContext(req, init)), 20)),
    };
    const host = document.createElement('div');
    document.body.append(host);
    let peak = 0;
    for (let cycle = 0; cycle < 200; cycle += 1) {
      const el = document.createElement('license-plan-wizard') as LicensePlanWizard;
      el.setAttribute('customer-id', 'acme');
      el.purchaser = true;
      const removedMidLoad = cycle % 2 === 1;
      el.client = removedMidLoad ? slowClient : client;
      host.append(el);
      await el.updateComplete;
      if (!removedMidLoad) await headingIs(el, 'Product');
      peak = Math.max(peak, pagehideListeners);
      el.remove();
    }
    host.remove();
    expect(peak, 'the wizard listens for pagehide while mounted').to.be.greaterThan(0);
    expect(pagehideListeners, 'pagehide listeners left on window').to.equal(0);
  });
});
