import { expect } from '@open-wc/testing';
import {
  button,
  click,
  control,
  fakeBackend,
  headingIs,
  inProcessClient,
  mount,
  TODAY,
  queryButton,
  type,
  until,
  visibleText,
  whenChecked,
} from '../helpers/harness.js';
import { createHttpClient, type LicensePlanApiClient, type LicenseOrder } from '../../src/index.js';
import { draftKey } from '../../src/model/persist.js';
import { FakeBackend } from '../../src/mocks/backend.js';
import type { LicensePlanWizard } from '../../src/index.js';

const next = (el: LicensePlanWizard) => click(el, button(el, 'Next'));
const drafts = () => Object.keys(sessionStorage).filter((k) => k.startsWith('lpw-draft'));

/**
 * Resolves once the browser has been idle after the next frame. A step change saves the draft then
 * (draft-store-controller.ts); idle callbacks run in the order they were asked for, so the wizard's,
 * asked for first, has run.
 */
const idle = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestIdleCallback(() => resolve())));

/**
 * Replaces the element with a new one on the same storage, as a reload does. (A real reload saves on
 * `pagehide`, which persist-pagehide.test.ts covers; here msw's worker must not see a pagehide.)
 */
async function reload(el: LicensePlanWizard, attrs: Record<string, string | boolean>, props: Partial<LicensePlanWizard> = {}) {
  el.remove();
  return mount(attrs, props, true);
}

async function toQuantity(el: LicensePlanWizard) {
  await headingIs(el, 'Product');
  await click(el, control(el, 'Connect Essentials'));
  await next(el);
  await headingIs(el, 'Quantity');
}

describe('draft kept across reloads', () => {
  it('restores every field and the step after a reload, with a note', async () => {
    await fakeBackend();
    const attrs = { 'customer-id': 'acme' };
    const el = await mount(attrs);
    await toQuantity(el);
    await type(control(el, 'Quantity'), '60');
    const again = await reload(el, attrs);
    await headingIs(again, 'Quantity');
    expect(control(again, 'Quantity').value).to.equal('60');
    expect(visibleText(again)).to.include('Your unfinished order was restored');
    await next(again);
    await headingIs(again, 'Payment');
    expect(visibleText(again), 'the note goes once the user moves on').not.to.include('was restored');
  });

  it('keeps drafts apart per customer', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme' });
    await toQuantity(el);
    const other = await reload(el, { 'customer-id': 'globex' });
    await headingIs(other, 'Product');
    expect(visibleText(other)).not.to.include('was restored');
  });

  it('retries a failed submit after a reload with the same idempotency key', async () => {
    const backend = await fakeBackend({ scenario: { failSubmit: true } });
    const keys: string[] = [];
    const http = createHttpClient({ baseUrl: '/api' });
    const client: LicensePlanApiClient = {
      ...http,
      submitOrder: (o: LicenseOrder, i) => (keys.push(o.idempotencyKey), http.submitOrder(o, i)),
    };
    const attrs = { 'customer-id': 'acme', 'api-base-url': false };
    const el = await mount(attrs, { client });
    await toQuantity(el);
    for (const h of ['Payment', 'Start date', 'References', 'Review']) {
      await next(el);
      await headingIs(el, h);
    }
    await click(el, control(el, /I confirm that I am authorized/));
    await whenChecked(el);
    await click(el, button(el, 'Place order'));
    await until(el, () => queryButton(el, 'Try again'), 'submit failed');
    backend.scenario = {};
    const again = await reload(el, attrs, { client });
    await headingIs(again, 'Review');
    expect(control(again, /I confirm that I am authorized/).checked, 'confirmation restored too').to.be.true;
    await whenChecked(again);
    await click(again, button(again, 'Place order'));
    await headingIs(again, 'Order placed');
    expect(keys.length).to.equal(2);
    expect(keys[1]).to.equal(keys[0]);
    await idle();
    expect(drafts(), 'draft removed after success').to.deep.equal([]);
  });

  it('"Start over" drops the draft and starts with a new key', async () => {
    await fakeBackend();
    const attrs = { 'customer-id': 'acme' };
    const el = await mount(attrs);
    await toQuantity(el);
    const again = await reload(el, attrs);
    await headingIs(again, 'Quantity');
    await click(again, button(again, 'Start over'));
    await headingIs(again, 'Product');
    expect(control(again, 'Connect Essentials').checked).to.be.false;
    expect(visibleText(again)).not.to.include('was restored');
  });

  it('saves the draft once the browser is idle after a step change, not in the step change itself', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme' });
    await headingIs(el, 'Product');
    await click(el, control(el, 'Connect Essentials'));
    await next(el);
    expect(drafts(), 'not saved in the task of the click').to.deep.equal([]);
    await idle();
    expect(drafts().length, 'saved once idle').to.equal(1);
    const stored = JSON.parse(sessionStorage.getItem(drafts()[0])!);
    expect(stored.draft.productId, 'with the step change in it').to.equal('connect-essentials');
  });

  it('removes the draft on Cancel', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme' });
    await toQuantity(el);
    await idle();
    expect(drafts().length, 'saved on the step change').to.equal(1);
    await click(el, button(el, 'Cancel'));
    await click(el, button(el, 'Discard order'));
    expect(drafts()).to.deep.equal([]);
  });

  it('drops a save still waiting when the order is cancelled', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme' });
    await toQuantity(el);
    await idle();
    await click(el, button(el, 'Back'));
    // The save of this step change waits for idle time; Cancel comes first.
    await click(el, button(el, 'Cancel'));
    await click(el, button(el, 'Discard order'));
    await idle();
    await idle();
    expect(drafts(), 'nothing saved after Cancel').to.deep.equal([]);
  });

  it('drops a save still waiting when the order is started over', async () => {
    // An in-page backend answers at once: the fresh order is there before the browser is idle.
    const client = inProcessClient(new FakeBackend({ today: TODAY }));
    const el = await mount({ 'customer-id': 'acme', 'api-base-url': false }, { client });
    await headingIs(el, 'Product');
    await click(el, control(el, 'Connect Essentials'));
    await next(el);
    el.reset();
    await headingIs(el, 'Product');
    await idle();
    await idle();
    expect(drafts(), 'nothing saved after Start over').to.deep.equal([]);
  });

  it('keeps nothing with no-persist', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme', 'no-persist': true });
    await toQuantity(el);
    el.remove();
    expect(drafts()).to.deep.equal([]);
  });

  it('ignores a corrupt stored value', async () => {
    await fakeBackend();
    sessionStorage.setItem(draftKey({ customerId: 'acme', mode: 'new', planId: '' }), '{"v":1,"draft":"<oops>"');
    const el = await mount({ 'customer-id': 'acme' }, {}, true);
    await headingIs(el, 'Product');
    expect(visibleText(el)).not.to.include('was restored');
  });

  it('works without error when storage refuses writes', async () => {
    await fakeBackend();
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const el = await mount({ 'customer-id': 'acme' });
      await toQuantity(el);
      await next(el);
      await headingIs(el, 'Payment');
    } finally {
      Storage.prototype.setItem = original;
    }
  });

  it('says what changed when the stored draft no longer fits the fresh context', async () => {
    await fakeBackend();
    const attrs = { 'customer-id': 'acme' };
    const el = await mount(attrs);
    await toQuantity(el);
    await next(el);
    await headingIs(el, 'Payment');
    await next(el);
    await headingIs(el, 'Start date');
    await next(el);
    await headingIs(el, 'References');
    const select = control<HTMLSelectElement>(el, 'Cost center');
    select.value = 'cc-sales';
    select.dispatchEvent(new Event('change'));
    await next(el);
    await headingIs(el, 'Review');
    // The Sales cost center is deleted in the portal before the reload.
    const http = createHttpClient({ baseUrl: '/api' });
    const client: LicensePlanApiClient = {
      ...http,
      loadContext: async (req, init) => {
        const ctx = await http.loadContext(req, init);
        return { ...ctx, costCenters: ctx.costCenters.filter((c) => c.id !== 'cc-sales') };
      },
    };
    const again = await reload(el, { ...attrs, 'api-base-url': false }, { client });
    await until(again, () => visibleText(again).includes('was restored'), 'restored');
    expect(visibleText(again)).to.include('The cost center you chose was removed');
  });
});
