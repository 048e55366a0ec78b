/**
 * An unknown outcome is said as unknown (issue 10, D): each fault after which the server may have
 * stored the order says so, Try again resends the same body with the same key, and the backend
 * ends with exactly one order. Only definite refusals say "The order was not placed".
 */
import { expect } from '@open-wc/testing';
import { button, click, control, headingIs, mount, record, toReview, until, visibleText } from '../helpers/harness.js';
import { alertTexts, hostClient, httpClient, retryIn, type SubmitFault } from '../helpers/order-clients.js';
import type { LicensePlanApiClient, LicensePlanWizard } from '../../src/index.js';

const UNKNOWN = 'We could not confirm whether the order was placed. Trying again is safe: it will not place the order twice.';
const NOT_PLACED = 'The order was not placed';
const FROZEN = 'The order cannot be changed until we know whether it was placed. Use Try again, or Cancel.';

/** The text of the wizard's own status region (the first role="status" in its shadow root). */
const statusOf = (el: LicensePlanWizard) => el.shadowRoot!.querySelector('[role="status"]')?.textContent?.trim();

const confirmBox = (el: LicensePlanWizard) => control(el, /I confirm that I am authorized/);
const place = (el: LicensePlanWizard) => button(el, 'Place order');

async function toPlaceOrder(client: LicensePlanApiClient, timeout = '15000') {
  const el = await mount({ 'customer-id': 'acme', 'api-base-url': false, 'request-timeout': timeout }, { client });
  await toReview(el);
  await click(el, confirmBox(el));
  await until(el, () => place(el).getAttribute('aria-disabled') === null, 'checked and priced');
  return el;
}

const status = (code: number, body = '{"message":"busy"}') => ({
  respond: () => new Response(body, { status: code, headers: { 'Content-Type': 'application/json' } }),
});

const UNKNOWN_FAULTS: { name: string; fault: SubmitFault; status?: number; timeout?: string }[] = [
  { name: 'a submit that times out', fault: { hang: true }, timeout: '1500' },
  { name: 'a lost connection', fault: { cut: true } },
  { name: 'HTTP 500', fault: status(500), status: 500 },
  { name: 'HTTP 503', fault: status(503), status: 503 },
  { name: 'HTTP 408', fault: status(408), status: 408 },
  { name: 'HTTP 429', fault: status(429), status: 429 },
  { name: 'a 2xx that is not JSON', fault: status(201, '{"orderId": "ORD-'), status: 201 },
  { name: 'a 2xx without orderId', fault: status(201, '{"confirmationEmail":"a@example.com","effectiveDate":"2026-11-26"}') },
];

describe('order trust: unknown outcomes', function () {
  this.timeout(40000);
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  for (const { name, fault, status: httpStatus, timeout } of UNKNOWN_FAULTS) {
    it(`${name}: says the outcome is unknown; Try again gives exactly one order with the same key`, async () => {
      const api = httpClient();
      const el = await toPlaceOrder(api.client, timeout);
      const events = record(el);
      api.faults.push(fault);
      await click(el, place(el));
      await until(el, () => alertTexts(el).some((t) => t.includes(UNKNOWN)), 'unknown outcome said');
      const text = visibleText(el);
      expect(text, 'never "not placed"').not.to.include(NOT_PLACED);
      expect(text, 'no HTTP status in user text').not.to.match(/HTTP|\b(500|503|408|429)\b/);
      const errors = events.filter((e) => e.type === 'lpw-error').map((e) => e.detail);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include({ kind: 'submit', outcome: 'unknown' });
      expect(errors[0].status, 'the host gets the raw status').to.equal(httpStatus);
      expect(api.backend.orders.length, 'the server stored it').to.equal(1);
      await click(el, retryIn(el, UNKNOWN));
      await headingIs(el, 'Order placed');
      expect(api.submits).to.have.length(2);
      expect(api.submits[1].key, 'same idempotency key').to.equal(api.submits[0].key);
      expect(api.submits[1].body, 'same body').to.equal(api.submits[0].body);
      expect(api.backend.orders.length, 'exactly one order').to.equal(1);
    });
  }

  it('while the outcome is unknown the order cannot be changed, and Place order resends it as it was', async () => {
    const api = httpClient();
    const el = await toPlaceOrder(api.client);
    api.faults.push(status(500));
    await click(el, place(el));
    await until(el, () => alertTexts(el).some((t) => t.includes(UNKNOWN)), 'unknown outcome said');
    await click(el, button(el, /^Edit Quantity$/));
    expect(visibleText(el), 'still on Review').to.include('Review');
    await headingIs(el, 'Review');
    expect(statusOf(el), 'says why').to.equal(FROZEN);
    await click(el, confirmBox(el));
    expect(confirmBox(el).checked, 'the authorization stays as it was sent').to.equal(true);
    await click(el, place(el));
    await headingIs(el, 'Order placed');
    expect(api.submits).to.have.length(2);
    expect(api.submits[1].key, 'same idempotency key').to.equal(api.submits[0].key);
    expect(api.submits[1].body, 'the order as it was sent').to.equal(api.submits[0].body);
    expect(api.backend.orders.length, 'exactly one order').to.equal(1);
  });

  it("a host client's rejection without a code is an unknown outcome too", async () => {
    const api = hostClient();
    api.hooks.submit = async (_order, real) => {
      await real();
      throw new Error('Gateway went away.');
    };
    const el = await toPlaceOrder(api.client);
    await click(el, place(el));
    await until(el, () => alertTexts(el).some((t) => t.includes(UNKNOWN)), 'unknown outcome said');
    delete api.hooks.submit;
    await click(el, retryIn(el, UNKNOWN));
    await headingIs(el, 'Order placed');
    expect(api.submits[1]).to.deep.equal(api.submits[0]);
    expect(api.backend.orders.length).to.equal(1);
  });

  it('warns before leaving while the order may exist: Cancel, closing the page', async () => {
    const api = httpClient();
    const el = await toPlaceOrder(api.client);
    api.faults.push(status(502));
    await click(el, place(el));
    await until(el, () => alertTexts(el).some((t) => t.includes(UNKNOWN)), 'unknown outcome said');
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented, 'closing the page asks first').to.be.true;
    await click(el, button(el, 'Cancel'));
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.be.true;
    expect(dialog.textContent).to.include('The order may already have been placed.');
    await click(el, button(el, 'Discard order'));
    expect(visibleText(el), 'not "Nothing was ordered"').not.to.include('Nothing was ordered');
    expect(visibleText(el)).to.include('The order may already have been placed.');
  });

  it('does not ask before closing the page once the order is placed', async () => {
    const api = httpClient();
    const el = await toPlaceOrder(api.client);
    api.faults.push({ cut: true });
    await click(el, place(el));
    await until(el, () => alertTexts(el).some((t) => t.includes(UNKNOWN)), 'unknown outcome said');
    await click(el, retryIn(el, UNKNOWN));
    await headingIs(el, 'Order placed');
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).to.be.false;
  });
});

describe('order trust: definite refusals', function () {
  this.timeout(40000);
  beforeEach(() => sessionStorage.clear());

  for (const code of [400, 403, 404]) {
    it(`HTTP ${code} says the order was not placed, without the status`, async () => {
      const api = httpClient();
      api.backend.submit = () => ({ status: 400, body: { message: 'no' } });
      const el = await toPlaceOrder(api.client);
      const events = record(el);
      api.faults.push(status(code));
      await click(el, place(el));
      await until(el, () => alertTexts(el).some((t) => t.includes(NOT_PLACED)), 'not placed said');
      expect(visibleText(el)).not.to.include(UNKNOWN);
      expect(visibleText(el)).not.to.include(String(code));
      const [error] = events.filter((e) => e.type === 'lpw-error').map((e) => e.detail);
      expect(error).to.include({ kind: 'submit', outcome: 'not-placed', status: code });
      const unload = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(unload);
      expect(unload.defaultPrevented, 'nothing to warn about').to.be.false;
    });
  }
});
