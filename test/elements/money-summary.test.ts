/** <lpw-order-summary>: what is chosen so far and an estimate, beside the step when wide, under a disclosure when narrow. */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import {
  click,
  control,
  deepAll,
  fakeBackend,
  headingIs,
  mount,
  next,
  toQuantityOf,
  toReview,
  type,
  until,
  visibleText,
} from '../helpers/harness.js';
import type { LicensePlanWizard } from '../../src/index.js';

function summaryHost(el: LicensePlanWizard) {
  return deepAll(el.shadowRoot!).find((e) => e.localName === 'lpw-order-summary') as HTMLElement;
}

/** The summary box a person sees now (the one whose display is not none). */
function shownSummary(el: LicensePlanWizard): HTMLElement | undefined {
  const host = summaryHost(el);
  // Until the later steps' chunk is in (lazy-steps.ts), the element is not defined and shows nothing.
  if (!host || !host.shadowRoot || !host.checkVisibility()) return undefined;
  return Array.from(host.shadowRoot!.querySelectorAll<HTMLElement>('[part~=summary]')).find((e) => e.checkVisibility());
}

const textOf = (e: Element | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();

const toQuantity = (el: LicensePlanWizard) => toQuantityOf(el, 'Connect Standard for Microsoft');

describe('money: order summary', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('is not shown on Product, and from Quantity on shows what has been chosen', async () => {
    await setViewport({ width: 1000, height: 800 });
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme', locale: 'en-US' });
    await headingIs(el, 'Product');
    // Once defined, so that "none" is the summary's own rule and not a chunk still loading.
    await until(el, () => customElements.get('lpw-order-summary'), 'the order summary defined');
    expect(shownSummary(el), 'none on Product').to.be.undefined;
    await toQuantity(el);
    await type(control(el, 'Quantity'), '60');
    await until(el, () => shownSummary(el), 'the summary shown on Quantity');
    const summary = shownSummary(el)!;
    expect(summary.localName, 'a box on a wide layout').to.equal('section');
    expect(textOf(summary)).to.include('Order summary').and.include('Connect Standard for Microsoft').and.include('60 licenses');
    expect(textOf(summary), 'no payment before Payment').not.to.include('Monthly');
  });

  it('labels its price as an estimate, with the period, once the payment is chosen', async () => {
    await setViewport({ width: 1000, height: 800 });
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme', locale: 'en-US' });
    await toQuantity(el);
    await type(control(el, 'Quantity'), '60');
    await next(el);
    await headingIs(el, 'Payment');
    await click(el, control(el, '1-year prepay'));
    const text = textOf(shownSummary(el));
    expect(text).to.include('Estimate €8,280.00 per year, paid in advance');
    expect(text).to.include('The price on Review is final.');
  });

  it('sits beside the step on a wide layout', async () => {
    await setViewport({ width: 1000, height: 800 });
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme', locale: 'en-US' });
    await toQuantity(el);
    const panel = deepAll(el.shadowRoot!)
      .find((e) => e.matches('section[part=panel]'))!
      .getBoundingClientRect();
    const summary = summaryHost(el).getBoundingClientRect();
    expect(summary.left, 'to the right of the step').to.be.at.least(panel.right);
    expect(summary.top).to.be.below(panel.bottom);
  });

  it('is a closed "Order summary" disclosure on a narrow layout, which opens', async () => {
    await setViewport({ width: 360, height: 800 });
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme', locale: 'en-US' });
    await toQuantity(el);
    const details = shownSummary(el) as HTMLDetailsElement;
    expect(details.localName).to.equal('details');
    expect(details.open).to.be.false;
    const toggle = details.querySelector('summary')!;
    expect(textOf(toggle)).to.equal('Order summary');
    toggle.click();
    expect(details.open).to.be.true;
    expect(textOf(details)).to.include('Connect Standard for Microsoft');
  });

  it('exposes a summary part that follows the theme', async () => {
    await setViewport({ width: 1000, height: 800 });
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme', locale: 'en-US' });
    el.style.setProperty('--lpw-surface', 'rgb(1, 2, 3)');
    await toQuantity(el);
    expect(getComputedStyle(shownSummary(el)!).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(summaryHost(el).getAttribute('exportparts')).to.include('summary');
  });

  it('gives no estimate when pricing is withheld, and is gone on Review', async () => {
    await setViewport({ width: 1000, height: 800 });
    await fakeBackend();
    // Without a kept draft: the second wizard below is for the same order, and would take this one's.
    const el = await mount({ 'customer-id': 'acme', locale: 'en-US', 'pricing-withheld': true, 'no-persist': true });
    await toQuantity(el);
    await next(el);
    await headingIs(el, 'Payment');
    expect(textOf(shownSummary(el)))
      .to.include('Monthly')
      .and.not.include('€')
      .and.not.include('Estimate');
    await fakeBackend();
    const other = await mount({ 'customer-id': 'acme', locale: 'en-US' });
    await toReview(other);
    await until(other, () => !visibleText(other).includes('Checking the order'), 'check');
    expect(shownSummary(other), 'Review is the summary').to.be.undefined;
  });
});
