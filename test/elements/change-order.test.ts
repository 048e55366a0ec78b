import { expect } from '@open-wc/testing';
import {
  button,
  click,
  control,
  deepAll,
  errorOf,
  fakeBackend,
  heading,
  headingIs,
  mount,
  queryControl,
  record,
  type,
  until,
  visibleText,
  expectSummaryLeadsTo,
} from '../helpers/harness.js';
import type { LicensePlanWizard } from '../../src/index.js';

const next = (el: LicensePlanWizard) => click(el, button(el, 'Next'));

async function answer(el: LicensePlanWizard, question: string, yes: boolean) {
  const radio = deepAll(el.shadowRoot!).find(
    (e): e is HTMLInputElement =>
      e instanceof HTMLInputElement && e.type === 'radio' && e.name === question && e.id.endsWith(String(yes)),
  )!;
  await click(el, radio);
}

describe('changing an existing plan (mode="change")', () => {
  it('shows only Quantity, Payment, References and Review', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme', mode: 'change', 'plan-id': 'plan-acme-1' });
    await headingIs(el, 'Quantity');
    const nav = deepAll(el.shadowRoot!).find((e) => e.localName === 'nav')!;
    const names = Array.from(nav.querySelectorAll('li')).map(
      (li) => li.textContent!.match(/(Product|Quantity|Payment|Start date|References|Review)/)![1],
    );
    expect(names).to.deep.equal(['Quantity', 'Payment', 'References', 'Review']);
    expect(visibleText(el)).to.include('Change the number of licenses?');
    expect(queryControl(el, 'Quantity'), 'no quantity field before Yes').to.be.undefined;
  });

  it('requires an answer to each question', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme', mode: 'change', 'plan-id': 'plan-acme-1' });
    await headingIs(el, 'Quantity');
    await next(el);
    expect(heading(el)!.textContent).to.equal('Quantity');
    expect(visibleText(el)).to.include('Answer whether to change the number of licenses.');
  });

  it('adds licenses, stops below usage, converts to a 3-year prepay, changes the cost center and places the order once', async () => {
    const backend = await fakeBackend();
    const el = await mount({ 'customer-id': 'acme', mode: 'change', 'plan-id': 'plan-acme-1', locale: 'en-US' });
    const events = record(el);
    await headingIs(el, 'Quantity');
    await answer(el, 'change-quantity', true);
    const quantity = control(el, 'Quantity');
    expect(quantity.value, 'prefilled with the plan').to.equal('50');
    await type(quantity, '41');
    await next(el);
    expect(heading(el)!.textContent).to.equal('Quantity');
    expect(errorOf(quantity)).to.include('The customer uses 42 licenses now');
    await expectSummaryLeadsTo(el, quantity, 'The customer uses 42 licenses now');
    await type(quantity, '60');
    await settle3(el);
    expect(visibleText(el).replace(/\s+/g, '')).to.include('+10licenses');
    await next(el);
    await headingIs(el, 'Payment');
    await answer(el, 'change-payment', true);
    const labels = deepAll(el.shadowRoot!)
      .filter((e) => e.localName === 'label')
      .map((l) => l.textContent!.trim());
    expect(labels).to.include.members(['Monthly', '1-year prepay', '3-year prepay']);
    expect(visibleText(el)).to.include('Current payment plan.');
    await click(el, control(el, '3-year prepay'));
    expect(visibleText(el)).to.include('Estimate: €625.00 per month → €22,680.00 every 3 years, paid in advance');
    await next(el);
    await headingIs(el, 'References');
    await answer(el, 'change-references', true);
    const select = control<HTMLSelectElement>(el, 'Cost center');
    expect(select.value, 'prefilled').to.equal('cc-it');
    select.value = 'cc-sales';
    select.dispatchEvent(new Event('change'));
    await next(el);
    await headingIs(el, 'Review');
    await until(el, () => visibleText(el).includes('Total'), 'quote');
    const text = visibleText(el);
    expect(text)
      .to.include('50 licenses → 60 licenses')
      .and.include('Monthly → 3-year prepay')
      .and.include('IT Operations → Sales');
    expect(text).to.include('PO-2024-0117 (unchanged)');
    expect(text, 'no "nothing changed" note when something changed').not.to.include('Nothing has been changed yet');
    await click(el, control(el, /I confirm that I am authorized/));
    const place = button(el, 'Place order');
    place.click();
    place.click();
    await headingIs(el, 'Order placed');
    expect(backend.orders.length).to.equal(1);
    const order = events.find((e) => e.type === 'lpw-order-placed')!.detail.order;
    expect(order).to.include({
      mode: 'change',
      planId: 'plan-acme-1',
      quantity: 60,
      cadence: 'prepay-3y',
      costCenterId: 'cc-sales',
      purchaseRef: 'PO-2024-0117',
    });
    expect('startDate' in order, 'no start date in change mode').to.be.false;
    const plan = backend.plans('acme').find((p) => p.id === 'plan-acme-1')!;
    expect(plan).to.include({ quantity: 60, cadence: 'prepay-3y', costCenterId: 'cc-sales' });
  });

  it('offers only the plan’s allowed conversions', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme', mode: 'change', 'plan-id': 'plan-acme-2' });
    await headingIs(el, 'Quantity');
    await answer(el, 'change-quantity', false);
    await next(el);
    await headingIs(el, 'Payment');
    await answer(el, 'change-payment', true);
    const labels = deepAll(el.shadowRoot!)
      .filter((e) => e.localName === 'label')
      .map((l) => l.textContent!.trim());
    expect(labels.filter((l) => /prepay|Monthly/.test(l))).to.deep.equal(['1-year prepay', '3-year prepay', '5-year prepay']);
  });

  it('says so and keeps Place order disabled when nothing changed', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme', mode: 'change', 'plan-id': 'plan-acme-1' });
    await headingIs(el, 'Quantity');
    for (const [q, h] of [
      ['change-quantity', 'Payment'],
      ['change-payment', 'References'],
      ['change-references', 'Review'],
    ]) {
      await answer(el, q, false);
      await next(el);
      await headingIs(el, h);
    }
    expect(button(el, 'Place order').disabled).to.be.true;
    expect(visibleText(el)).to.include('(unchanged)').and.include('Nothing has been changed yet');
  });

  it('shows a load error for a plan the backend does not know', async () => {
    await fakeBackend();
    const errors: CustomEvent[] = [];
    const listener = (e: Event) => errors.push(e as CustomEvent);
    document.addEventListener('lpw-error', listener);
    const el = await mount({ 'customer-id': 'acme', mode: 'change', 'plan-id': 'plan-nope' });
    await headingIs(el, 'The order details could not be loaded');
    document.removeEventListener('lpw-error', listener);
    expect(errors.map((e) => e.detail.kind)).to.deep.equal(['load']);
    expect(button(el, 'Try again')).to.exist;
  });

  it('is a configuration error without plan-id', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme', mode: 'change' });
    await headingIs(el, 'The order wizard is not set up correctly');
    expect(visibleText(el)).to.include('"plan-id"');
  });
});

async function settle3(el: LicensePlanWizard) {
  await until(el, () => true, 'settle');
}
