/**
 * No order without a current check (issue 10, A), quotes that end (B) and the announcement on
 * reset (E). Each test would let an order through, or stay silent, if its rule broke.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { button, click, control, headingIs, mount, record, settle, toReview, type, until } from '../helpers/harness.js';
import { alertTexts, descriptionOf, held, hostClient, retryIn, statusText } from '../helpers/order-clients.js';
import type { LicensePlanWizard } from '../../src/index.js';

const confirmBox = (el: LicensePlanWizard) => control(el, /I confirm that I am authorized/);
const place = (el: LicensePlanWizard) => button(el, 'Place order');
const WAITS = 'Place order is available once the order and its price have been checked.';
const AFTER_FAILURE = 'Place order is available once the order has been checked: use Try again.';

type Api = ReturnType<typeof hostClient>;

async function mountWith(api: Api, attrs: Record<string, string | boolean> = {}, keepDrafts = false) {
  return mount({ 'customer-id': 'acme', 'api-base-url': false, ...attrs }, { client: api.client }, keepDrafts);
}

/** Every way a person can press Place order: clicks, a double-click, Enter on the focused button. */
async function pressEveryWay(el: LicensePlanWizard) {
  place(el).click();
  place(el).dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true }));
  place(el).click();
  place(el).focus();
  await sendKeys({ press: 'Enter' });
  await settle(el);
}

/** Holds every check from now on until `release()`. */
function holdChecks(api: Api) {
  const gate = held<void>();
  api.hooks.validate = (_order, real) => gate.promise.then(real);
  return {
    release() {
      delete api.hooks.validate;
      gate.resolve();
    },
  };
}

const available = (el: LicensePlanWizard) => place(el).getAttribute('aria-disabled') === null;

describe('order trust: no order without a current check', function () {
  this.timeout(40000);
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  it('does not submit while the check runs (after Back to review), says why, and places once it answers', async () => {
    const api = hostClient();
    const el = await mountWith(api);
    await toReview(el);
    const checks = holdChecks(api);
    await click(el, button(el, 'Edit Your purchase ref'));
    await type(control(el, 'Your purchase ref'), 'PO-2026-119');
    await click(el, button(el, 'Back to review'));
    await headingIs(el, 'Review');
    await click(el, confirmBox(el));
    expect(place(el).getAttribute('aria-disabled'), 'visibly unavailable').to.equal('true');
    expect(descriptionOf(place(el)), 'its description says why').to.equal(WAITS);
    await pressEveryWay(el);
    expect(api.submits.length, 'no submit while checking').to.equal(0);
    expect(statusText(el), 'a press says why').to.equal(WAITS);
    checks.release();
    await until(el, () => available(el), 'Place order available');
    expect(descriptionOf(place(el))).to.equal('');
    await click(el, place(el));
    await headingIs(el, 'Order placed');
    expect(api.submits.length).to.equal(1);
    expect(api.submits[0].purchaseRef, 'the order that was checked').to.equal('PO-2026-119');
    expect(api.submits[0].quoteId, 'with the id of the quote shown').to.equal(api.quoteIds.at(-1));
  });

  it('does not submit after a failed check; Try again checks, then the order places once', async () => {
    const api = hostClient();
    api.hooks.validate = async () => {
      throw new Error('The pricing service is down.');
    };
    const el = await mountWith(api);
    await toReview(el);
    // A host client's own message is for the host (lpw-error); the user reads one plain sentence.
    const FAILED = 'The Partner Portal could not complete the request.';
    await until(el, () => alertTexts(el).some((t) => t.includes(FAILED)), 'check failed');
    await click(el, confirmBox(el));
    expect(descriptionOf(place(el))).to.equal(AFTER_FAILURE);
    await pressEveryWay(el);
    expect(api.submits.length, 'no submit after a failed check').to.equal(0);
    expect(api.validates.length, 'Place order does not check again by itself').to.equal(1);
    delete api.hooks.validate;
    await click(el, retryIn(el, FAILED));
    await until(el, () => available(el), 'Place order available after Try again');
    await click(el, place(el));
    await headingIs(el, 'Order placed');
    expect(api.submits.length).to.equal(1);
  });

  it('does not submit when the check answers without a price while prices are shown', async () => {
    const api = hostClient();
    api.hooks.validate = async () => ({ ok: true, quote: null });
    const el = await mountWith(api);
    await toReview(el);
    await until(el, () => alertTexts(el).some((t) => t.includes('sent no price')), 'no price said');
    await click(el, confirmBox(el));
    await pressEveryWay(el);
    expect(api.submits.length).to.equal(0);
    delete api.hooks.validate;
    await click(el, retryIn(el, 'sent no price'));
    await until(el, () => available(el), 'priced');
    await click(el, place(el));
    await headingIs(el, 'Order placed');
  });

  it('checks a draft restored on Review at once, before Place order can submit it', async () => {
    const api = hostClient();
    const first = await mountWith(api);
    await toReview(first);
    await click(first, confirmBox(first));
    await until(first, () => available(first), 'first check done');
    first.remove();
    const checksBefore = api.validates.length;
    const checks = holdChecks(api);
    const again = await mountWith(api, {}, true);
    await headingIs(again, 'Review');
    expect(api.validates.length, 'a check is made at once').to.equal(checksBefore + 1);
    expect(confirmBox(again).checked, 'the authorization came back with the draft').to.be.true;
    await pressEveryWay(again);
    expect(api.submits.length, 'no submit before the restored draft is checked').to.equal(0);
    checks.release();
    await until(again, () => available(again), 'restored draft checked');
    await click(again, place(again));
    await headingIs(again, 'Order placed');
    expect(api.submits.length).to.equal(1);
    expect(api.submits[0].quoteId).to.equal(api.quoteIds[checksBefore]);
  });

  it('keeps Place order unavailable through a locale switch while the check runs', async () => {
    const api = hostClient();
    const el = await mountWith(api, { locale: 'en' });
    await toReview(el);
    const checks = holdChecks(api);
    await click(el, button(el, 'Edit Your purchase ref'));
    await type(control(el, 'Your purchase ref'), 'PO-9');
    await click(el, button(el, 'Back to review'));
    await click(el, confirmBox(el));
    el.setAttribute('locale', 'de');
    await settle(el);
    el.setAttribute('locale', 'en');
    await until(el, () => Boolean(place(el)), 'English again');
    await pressEveryWay(el);
    expect(api.submits.length).to.equal(0);
    checks.release();
    await until(el, () => available(el), 'checked');
  });
});

describe('order trust: a quote ends', function () {
  this.timeout(40000);
  beforeEach(() => sessionStorage.clear());

  it('checks again when the quote shown on Review ends, and places with the new quote', async () => {
    const api = hostClient();
    const shortLived = new Date(Date.now() + 1500).toISOString();
    api.hooks.quote = (n, quote) => (n === 0 ? { ...quote, expiresAt: shortLived } : quote);
    const el = await mountWith(api);
    await toReview(el);
    await click(el, confirmBox(el));
    await until(el, () => available(el), 'first quote');
    await until(el, () => api.validates.length === 2, 'checked again when the quote ended');
    await until(el, () => available(el), 'second quote');
    expect(confirmBox(el).checked, 'same price: the authorization stays').to.be.true;
    expect(statusText(el)).not.to.include('price has changed');
    await click(el, place(el));
    await headingIs(el, 'Order placed');
    expect(api.submits.map((o) => o.quoteId)).to.deep.equal([api.quoteIds[1]]);
  });

  it('stops watching the quote when the wizard is removed', async () => {
    const api = hostClient();
    api.hooks.quote = (_n, quote) => ({ ...quote, expiresAt: new Date(Date.now() + 800).toISOString() });
    const el = await mountWith(api, { 'no-persist': true });
    await toReview(el);
    await until(el, () => available(el), 'quoted');
    const checks = api.validates.length;
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(api.validates.length, 'no check after leaving').to.equal(checks);
  });
});

describe('order trust: reset', function () {
  this.timeout(40000);
  beforeEach(() => sessionStorage.clear());

  it('"Start another order" tells the host and announces the first step', async () => {
    const api = hostClient();
    const el = await mountWith(api);
    await toReview(el);
    await click(el, confirmBox(el));
    await until(el, () => available(el), 'quoted');
    await click(el, place(el));
    await headingIs(el, 'Order placed');
    const events = record(el);
    await click(el, button(el, 'Start another order'));
    await headingIs(el, 'Product');
    const changes = events.filter((e) => e.type === 'lpw-step-change').map((e) => e.detail.step);
    expect(changes).to.deep.equal(['product']);
    expect(statusText(el)).to.equal('Step 1 of 6: Product');
  });

  it('reset() on Review tells the host and announces the first step', async () => {
    const api = hostClient();
    const el = await mountWith(api);
    await toReview(el);
    expect(statusText(el)).to.equal('Step 6 of 6: Review');
    const events = record(el);
    el.reset();
    await headingIs(el, 'Product');
    expect(events.filter((e) => e.type === 'lpw-step-change').map((e) => e.detail.step)).to.deep.equal(['product']);
    expect(statusText(el)).to.equal('Step 1 of 6: Product');
  });
});
