/**
 * submitOrder refuses an order that was valid when checked (issue 10, B and C): `quote-expired`
 * and `price-changed` check again and tell a new price; `plan-changed` reloads the plan and
 * carries the choices over. The code is read on any rejection, whatever the error's class.
 */
import { expect } from '@open-wc/testing';
import {
  button,
  click,
  control,
  deepAll,
  headingIs,
  mount,
  next,
  toReview,
  type,
  until,
  visibleText,
} from '../helpers/harness.js';
import { hostClient, statusText } from '../helpers/order-clients.js';
import { OrderConflictError, type LicensePlanWizard } from '../../src/index.js';
import type { ConflictCode } from '../../src/model/schemas.js';

const confirmBox = (el: LicensePlanWizard) => control(el, /I confirm that I am authorized/);
const place = (el: LicensePlanWizard) => button(el, 'Place order');
const available = (el: LicensePlanWizard) => place(el).getAttribute('aria-disabled') === null;
const PRICE_CHANGED = 'The price has changed since you saw it.';

type Api = ReturnType<typeof hostClient>;

/** The first submit is refused with `code` (thrown as `error`); later ones go through. */
function refuseFirstSubmit(api: Api, error: Error) {
  api.hooks.submit = async (_order, real) => {
    if (api.submits.length === 1) throw error;
    return real();
  };
}

const plainError = (code: ConflictCode) => Object.assign(new Error('Refused.'), { code });

/** Elements that announce (status or alert) a text. */
const announcing = (el: LicensePlanWizard, text: string) =>
  deepAll(el.shadowRoot!).filter(
    (e) => ['status', 'alert'].includes(e.getAttribute('role') ?? '') && (e.textContent ?? '').includes(text),
  );

async function toPlaced(el: LicensePlanWizard) {
  await until(el, () => available(el), 'checked');
  await click(el, place(el));
}

describe('order trust: conflicts', function () {
  this.timeout(40000);
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  for (const code of ['quote-expired', 'price-changed'] as const) {
    it(`${code} with the same price: checks again; the user only places again, with the same key`, async () => {
      const api = hostClient();
      refuseFirstSubmit(api, plainError(code));
      const el = await mount({ 'customer-id': 'acme', 'api-base-url': false }, { client: api.client });
      await toReview(el);
      await click(el, confirmBox(el));
      await toPlaced(el);
      await until(el, () => api.validates.length === 2 && available(el), 'checked again');
      expect(confirmBox(el).checked, 'same price: the authorization stays').to.be.true;
      expect(visibleText(el)).not.to.include('was ');
      expect(visibleText(el), 'not "not placed": the user just places again').not.to.include('not placed');
      await click(el, place(el));
      await headingIs(el, 'Order placed');
      expect(api.submits.map((o) => o.quoteId)).to.deep.equal(api.quoteIds.slice(0, 2));
      expect(api.submits[1].idempotencyKey).to.equal(api.submits[0].idempotencyKey);
      expect(api.backend.orders.length).to.equal(1);
    });

    it(`${code} with a new price: shows it beside the old, clears the authorization, announces it once`, async () => {
      const api = hostClient();
      api.hooks.quote = (n, quote) =>
        n === 0 ? quote : { ...quote, total: { ...quote.total, amountMinor: quote.total.amountMinor + 12300 } };
      refuseFirstSubmit(api, new OrderConflictError(code, 'Refused.'));
      const el = await mount({ 'customer-id': 'acme', 'api-base-url': false }, { client: api.client });
      await toReview(el);
      await click(el, confirmBox(el));
      await toPlaced(el);
      await until(el, () => /\bwas €/.test(visibleText(el)), 'old price shown beside the new');
      expect(confirmBox(el).checked, 'the authorization is cleared').to.be.false;
      expect(statusText(el)).to.include(PRICE_CHANGED);
      expect(announcing(el, PRICE_CHANGED), 'one announcement').to.have.length(1);
      await click(el, place(el));
      expect(api.submits.length, 'not without authorizing the new price').to.equal(1);
      await click(el, confirmBox(el));
      await click(el, place(el));
      await headingIs(el, 'Order placed');
      expect(api.submits[1].quoteId).to.equal(api.quoteIds[1]);
      expect(api.submits[1].idempotencyKey).to.equal(api.submits[0].idempotencyKey);
      expect(api.backend.orders.length).to.equal(1);
    });
  }

  it('plan-changed: reloads the plan, keeps the choices, returns to Review, checks again and says so', async () => {
    const api = hostClient();
    const el = await mount(
      { 'customer-id': 'acme', 'api-base-url': false, mode: 'change', 'plan-id': 'plan-acme-1' },
      { client: api.client },
    );
    await headingIs(el, 'Quantity');
    await click(el, control(el, 'Yes'));
    await type(control(el, 'Quantity'), '60');
    await next(el);
    await headingIs(el, 'Payment');
    await click(el, control(el, 'No'));
    await next(el);
    await headingIs(el, 'References');
    await click(el, control(el, 'No'));
    await next(el);
    await headingIs(el, 'Review');
    await click(el, confirmBox(el));
    await until(el, () => available(el), 'checked');
    api.backend.touchPlan('plan-acme-1');
    await click(el, place(el));
    await until(el, () => api.loads.length === 2, 'plan reloaded');
    await headingIs(el, 'Review');
    await until(el, () => available(el), 'checked again');
    expect(visibleText(el)).to.include('Someone else changed this plan meanwhile.');
    expect(visibleText(el), 'the choice that still fits is kept').to.include('50 licenses → 60 licenses');
    expect(confirmBox(el).checked, 'the authorization is cleared').to.be.false;
    expect(api.validates.map((o) => o.planVersion)).to.deep.equal(['1', '2']);
    await click(el, confirmBox(el));
    await click(el, place(el));
    await headingIs(el, 'Order placed');
    expect(api.submits.map((o) => o.planVersion)).to.deep.equal(['1', '2']);
    expect(api.submits[1].idempotencyKey).to.equal(api.submits[0].idempotencyKey);
    expect(api.backend.orders.length).to.equal(1);
  });
});
