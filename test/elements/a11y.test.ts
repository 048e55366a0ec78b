import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  activeElement,
  button,
  click,
  control,
  deepAll,
  errorSummary,
  fakeBackend,
  focusReaches,
  heading,
  headingIs,
  mount,
  queryButton,
  type,
  until,
  visibleText,
  essentialsThrough,
} from '../helpers/harness.js';
import type { LicensePlanWizard } from '../../src/index.js';

const next = (el: LicensePlanWizard) => click(el, button(el, 'Next'));

async function accessible(el: LicensePlanWizard, state: string) {
  try {
    await expect(el).to.be.accessible();
  } catch (error) {
    throw new Error(`axe violations in state "${state}": ${(error as Error).message}`, { cause: error });
  }
}

describe('accessibility (axe) in every state', () => {
  it('new mode: loading, every step, a validation error, pricing shown, submitting and confirmation', async () => {
    const backend = await fakeBackend({ scenario: { slow: 400 } });
    const el = await mount({ 'customer-id': 'acme' });
    await accessible(el, 'loading');
    await headingIs(el, 'Product');
    await accessible(el, 'product');
    await next(el);
    await accessible(el, 'product error');
    await click(el, control(el, 'Connect Standard for Microsoft'));
    await next(el);
    await headingIs(el, 'Quantity');
    await accessible(el, 'quantity');
    await type(control(el, 'Quantity'), '3');
    await next(el);
    await accessible(el, 'quantity below usage');
    await type(control(el, 'Quantity'), '50');
    for (const step of ['Payment', 'Start date', 'References', 'Review']) {
      await next(el);
      await headingIs(el, step);
      await accessible(el, step);
    }
    await until(el, () => visibleText(el).includes('Total'), 'quote');
    await accessible(el, 'review with quote');
    await click(el, control(el, /I confirm that I am authorized/));
    button(el, 'Place order').click();
    await until(el, () => visibleText(el).includes('Placing the order'), 'submitting');
    await accessible(el, 'submitting');
    await headingIs(el, 'Order placed');
    await accessible(el, 'confirmation');
    await focusReaches(el, () => heading(el), 'focus on the confirmation');
    expect(backend.orders.length).to.equal(1);
  });

  it('change mode: every step and the no-change review', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme', mode: 'change', 'plan-id': 'plan-acme-1' });
    await headingIs(el, 'Quantity');
    await accessible(el, 'change quantity question');
    await next(el);
    await accessible(el, 'unanswered question');
    for (const [name, h] of [
      ['change-quantity', 'Payment'],
      ['change-payment', 'References'],
      ['change-references', 'Review'],
    ]) {
      deepAll(el.shadowRoot!)
        .find((e): e is HTMLInputElement => e instanceof HTMLInputElement && e.name === name && e.id.endsWith('true'))!
        .click();
      await until(el, () => true, 'settle');
      await accessible(el, `${name} yes`);
      deepAll(el.shadowRoot!)
        .find((e): e is HTMLInputElement => e instanceof HTMLInputElement && e.name === name && e.id.endsWith('false'))!
        .click();
      await next(el);
      await headingIs(el, h);
    }
    await accessible(el, 'change review, nothing changed');
  });

  it('the gate, a load error, pricing withheld and server errors on Review', async () => {
    const gate = await mount({ 'customer-id': 'acme', purchaser: false });
    await accessible(gate, 'non-purchaser gate');
    await fakeBackend({ scenario: { malformedContext: true } });
    const broken = await mount({ 'customer-id': 'acme' });
    await headingIs(broken, 'The order details could not be loaded');
    await accessible(broken, 'load error');
    await fakeBackend();
    const withheld = await mount({ 'customer-id': 'acme', 'pricing-withheld': true });
    await headingIs(withheld, 'Product');
    await click(withheld, control(withheld, 'Connect Essentials'));
    for (const step of ['Quantity', 'Payment']) {
      await next(withheld);
      await headingIs(withheld, step);
    }
    await accessible(withheld, 'pricing withheld');
  });
});

describe('narrow layout (320 px)', () => {
  it('never scrolls sideways and collapses the breadcrumb to "Step n of N" with a toggle', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme' });
    el.style.cssText = 'display: block; width: 320px';
    await headingIs(el, 'Product');
    const nav = deepAll(el.shadowRoot!).find((e) => e.localName === 'nav')!;
    const list = nav.querySelector('ol')!;
    expect(getComputedStyle(list).display, 'full list hidden').to.equal('none');
    expect(nav.textContent).to.include('Step 1 of 6: Product');
    const toggle = button(el, 'Show all steps');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await click(el, toggle);
    expect(getComputedStyle(list).display).not.to.equal('none');
    expect(getComputedStyle(list).flexDirection, 'the opened list runs down').to.equal('column');
    const separators = [...list.children].map((li) => getComputedStyle(li, '::after').content);
    expect(separators, 'no "›" after stacked steps').to.deep.equal(separators.map(() => 'none'));
    expect(button(el, 'Hide steps').getAttribute('aria-expanded')).to.equal('true');
    await click(el, control(el, 'Connect Standard for Microsoft'));
    for (const step of ['Quantity', 'Payment', 'Start date', 'References', 'Review']) {
      await next(el);
      await headingIs(el, step);
      await until(el, () => true, 'settle');
      const wide = deepAll(el.shadowRoot!).filter((e) => e.getBoundingClientRect().right > el.getBoundingClientRect().right + 1);
      expect(
        wide.map((e) => e.localName + '.' + e.className),
        `nothing wider than 320 px on ${step}`,
      ).to.deep.equal([]);
    }
  });

  it('keeps the full breadcrumb and no toggle when wide', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme' });
    el.style.cssText = 'display: block; width: 800px';
    await headingIs(el, 'Product');
    const list = deepAll(el.shadowRoot!).find((e) => e.localName === 'ol')!;
    expect(getComputedStyle(list).display).not.to.equal('none');
    expect(getComputedStyle(list.children[0], '::after').content, '"›" between steps').to.equal('"›"');
    expect(queryButton(el, 'Show all steps')?.checkVisibility()).not.to.equal(true);
  });
});

describe('keyboard only', () => {
  const press = (key: string) => sendKeys({ press: key });
  const tabTo = async (el: LicensePlanWizard, target: Element, max = 40) => {
    for (let i = 0; i < max && activeElement() !== target; i++) await press('Tab');
    await until(el, () => activeElement() === target, 'tabbed to target');
  };

  it('orders a new plan with Tab, arrows, Space and Enter', async () => {
    const backend = await fakeBackend();
    const el = await mount({ 'customer-id': 'acme' });
    await headingIs(el, 'Product');
    await tabTo(el, control(el, 'Connect Standard for Microsoft'));
    await press('ArrowDown'); // moves to and checks Connect Standard for Google
    await press('ArrowUp');
    await until(el, () => control(el, 'Connect Standard for Microsoft').checked, 'checked by arrows');
    await tabTo(el, button(el, 'Next'));
    await press('Enter');
    await headingIs(el, 'Quantity');
    await tabTo(el, control(el, 'Quantity'));
    await sendKeys({ type: '420' }); // tabbing in selects the 42 that is there
    await press('Enter'); // Enter in a field means Next
    await headingIs(el, 'Payment');
    await tabTo(el, control(el, 'Monthly'));
    await press('ArrowDown');
    await until(el, () => control(el, '1-year prepay').checked, 'arrow picks 1-year');
    await tabTo(el, button(el, 'Next'));
    await press('Space');
    await headingIs(el, 'Start date');
    await tabTo(el, button(el, 'Next'));
    await press('Enter');
    await headingIs(el, 'References');
    await tabTo(el, control(el, 'Your purchase ref'));
    await sendKeys({ type: 'KB-1' });
    await sendKeys({ down: 'Shift' });
    await press('Tab');
    await sendKeys({ up: 'Shift' });
    expect(activeElement(), 'Shift+Tab goes back to the cost center').to.equal(control(el, 'Cost center'));
    await tabTo(el, button(el, 'Next'));
    await press('Enter');
    await headingIs(el, 'Review');
    await until(el, () => visibleText(el).includes('Total'), 'quote');
    await tabTo(el, control(el, /I confirm that I am authorized/));
    await press('Space');
    await tabTo(el, button(el, 'Place order'));
    await press('Enter');
    await headingIs(el, 'Order placed');
    expect(backend.orders[0].order).to.include({ quantity: 420, cadence: 'prepay-1y', purchaseRef: 'KB-1' });
  });

  it('Escape closes the cancel confirmation without losing anything', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme' });
    await headingIs(el, 'Product');
    await tabTo(el, control(el, 'Connect Standard for Microsoft'));
    await press('Space');
    await tabTo(el, button(el, 'Cancel'));
    await press('Enter');
    const dialog = deepAll(el.shadowRoot!).find((e): e is HTMLDialogElement => e instanceof HTMLDialogElement)!;
    await until(el, () => dialog.open, 'dialog open');
    await press('Escape');
    await until(el, () => !dialog.open, 'dialog closed');
    expect(control(el, 'Connect Standard for Microsoft').checked).to.be.true;
    expect(heading(el)!.textContent).to.equal('Product');
  });

  it('changes a plan with the keyboard', async () => {
    const backend = await fakeBackend();
    const el = await mount({ 'customer-id': 'acme', mode: 'change', 'plan-id': 'plan-acme-1' });
    await headingIs(el, 'Quantity');
    const yes = deepAll(el.shadowRoot!).find(
      (e): e is HTMLInputElement => e instanceof HTMLInputElement && e.id === 'change-quantity-true',
    )!;
    await tabTo(el, yes);
    await press('Space');
    await until(el, () => queryButton(el, 'Next') && control(el, 'Quantity'), 'quantity field');
    await tabTo(el, control(el, 'Quantity'));
    await sendKeys({ type: '505' }); // replaces the selected 50
    await press('Enter');
    await headingIs(el, 'Payment');
    const no = deepAll(el.shadowRoot!).find(
      (e): e is HTMLInputElement => e instanceof HTMLInputElement && e.id === 'change-payment-true',
    )!;
    await tabTo(el, no);
    await press('ArrowDown'); // Yes → No
    await tabTo(el, button(el, 'Next'));
    await press('Enter');
    await headingIs(el, 'References');
    const refNo = deepAll(el.shadowRoot!).find(
      (e): e is HTMLInputElement => e instanceof HTMLInputElement && e.id === 'change-references-true',
    )!;
    await tabTo(el, refNo);
    await press('ArrowDown');
    await tabTo(el, button(el, 'Next'));
    await press('Enter');
    await headingIs(el, 'Review');
    await tabTo(el, control(el, /I confirm that I am authorized/));
    await press('Space');
    await tabTo(el, button(el, 'Place order'));
    await press('Enter');
    await headingIs(el, 'Order placed');
    expect(backend.orders[0].order).to.include({ mode: 'change', quantity: 505, cadence: 'monthly' });
  });
});

describe('accessibility (axe) of every validation message', () => {
  it('start date, references and the authorization box, and server errors on Review', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme' });
    await headingIs(el, 'Product');
    await essentialsThrough(el, ['Quantity', 'Payment', 'Start date']);
    const date = control(el, 'Start date');
    date.value = '2030-01-01';
    date.dispatchEvent(new Event('input'));
    await next(el);
    await accessible(el, 'start date outside the window');
    date.value = '2026-11-26';
    date.dispatchEvent(new Event('input'));
    await next(el);
    await headingIs(el, 'References');
    await type(control(el, 'Your purchase ref'), 'x'.repeat(101));
    const select = control<HTMLSelectElement>(el, 'Cost center');
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await next(el);
    await accessible(el, 'two reference errors');
    await type(control(el, 'Your purchase ref'), 'PO-1');
    select.value = 'cc-it';
    select.dispatchEvent(new Event('change'));
    await next(el);
    await headingIs(el, 'Review');
    await click(el, button(el, 'Place order'));
    await accessible(el, 'authorization not confirmed');
  });

  it('server errors without a field on Review', async () => {
    await fakeBackend();
    const { createHttpClient } = await import('../../src/index.js');
    const http = createHttpClient({ baseUrl: '/api' });
    const client = {
      ...http,
      validateOrder: async () => ({
        ok: false as const,
        errors: [{ field: null, message: 'Your contract does not allow new plans this month.' }],
      }),
    };
    const el = await mount({ 'customer-id': 'acme', 'api-base-url': false }, { client });
    await headingIs(el, 'Product');
    await essentialsThrough(el, ['Quantity', 'Payment', 'Start date', 'References', 'Review']);
    await until(el, () => visibleText(el).includes('does not allow new plans'), 'server error shown');
    await accessible(el, 'server error on Review');
  });
});

describe('announcements', () => {
  it('announces errors once per refused Next, not while typing', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme' });
    await headingIs(el, 'Product');
    await click(el, control(el, 'Connect Essentials'));
    await next(el);
    await headingIs(el, 'Quantity');
    await type(control(el, 'Quantity'), '1.5');
    await next(el);
    const alerts = () => deepAll(el.shadowRoot!).filter((e) => e.getAttribute('role') === 'alert');
    expect(alerts().length, 'one alert: the error summary').to.equal(1);
    // The refused Next puts focus on the error summary (in the next frame); the user goes back to the field.
    await focusReaches(el, () => errorSummary(el), 'focus on the error summary');
    const field = control(el, 'Quantity');
    field.focus();
    await sendKeys({ type: '7' });
    await until(el, () => true, 'settle');
    expect(alerts().length, 'typing adds no alert (the fixed field drops its error)').to.equal(0);
    const status = deepAll(el.shadowRoot!).find((e) => e.getAttribute('role') === 'status' && e.classList.contains('vh'))!;
    expect(status.textContent).to.equal('Step 2 of 6: Quantity');
  });
});
