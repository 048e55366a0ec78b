import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  button,
  click,
  control,
  deepAll,
  errorOf,
  errorSummary,
  fakeBackend,
  heading,
  headingIs,
  mount,
  type,
  until,
  visibleText,
  essentialsThrough,
} from '../helpers/harness.js';
import { createHttpClient, type LicensePlanApiClient, type LicensePlanWizard } from '../../src/index.js';

const next = (el: LicensePlanWizard) => click(el, button(el, 'Next'));

async function atQuantity() {
  await fakeBackend();
  const el = await mount({ 'customer-id': 'acme' });
  await headingIs(el, 'Product');
  await click(el, control(el, 'Connect Essentials'));
  await next(el);
  await headingIs(el, 'Quantity');
  return el;
}

// What the browser's number field keeps of typed text ('abc' → nothing, '0x10' → '010') is the
// path tested here; the model tests own the matrix of inputs.
describe('bad quantity typed or pasted into the number field', () => {
  for (const [typed, expected] of [
    ['abc', 'Enter how many licenses to order.'],
    ['0x10', 'without leading zeros'],
  ] as const) {
    it(`refuses "${typed}" with a clear message`, async () => {
      const el = await atQuantity();
      const field = control(el, 'Quantity');
      await type(field, typed);
      await next(el);
      expect(heading(el)!.textContent).to.equal('Quantity');
      expect(errorOf(field)).to.include(expected);
      expect(errorSummary(el)?.textContent).to.include(expected);
    });
  }

  it('refuses pasted text with units', async () => {
    const el = await atQuantity();
    const field = control(el, 'Quantity');
    field.focus();
    field.select?.();
    document.execCommand('selectAll');
    document.execCommand('insertText', false, '40 licenses');
    await next(el);
    expect(heading(el)!.textContent).to.equal('Quantity');
    expect(errorOf(field)).to.include('whole number using digits only');
  });
});

it('refuses an emptied start date', async () => {
  const el = await atQuantity();
  await next(el);
  await headingIs(el, 'Payment');
  await next(el);
  await headingIs(el, 'Start date');
  const date = control(el, 'Start date');
  date.focus();
  for (let i = 0; i < 3; i++) {
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Tab' });
  }
  await until(el, () => date.value === '', 'date emptied');
  await next(el);
  expect(heading(el)!.textContent).to.equal('Start date');
  expect(errorOf(date)).to.equal('Enter a start date.');
});

describe('reload at every step restores it', () => {
  const flows = {
    new: { attrs: { 'customer-id': 'acme' }, steps: ['Product', 'Quantity', 'Payment', 'Start date', 'References', 'Review'] },
    change: {
      attrs: { 'customer-id': 'acme', mode: 'change', 'plan-id': 'plan-acme-1' },
      steps: ['Quantity', 'Payment', 'References', 'Review'],
    },
  };
  for (const [mode, { attrs, steps }] of Object.entries(flows)) {
    it(`in ${mode} mode`, async () => {
      await fakeBackend();
      let el = await mount(attrs);
      for (let i = 0; i < steps.length; i++) {
        await headingIs(el, steps[i]);
        if (i > 0) expect(visibleText(el), `restored at ${steps[i]}`).to.include('Your unfinished order was restored');
        if (i === steps.length - 1) break;
        if (steps[i] === 'Product') await click(el, control(el, 'Connect Essentials'));
        const no = deepAll(el.shadowRoot!).find(
          (e): e is HTMLInputElement => e instanceof HTMLInputElement && e.id.endsWith('-false'),
        );
        if (no) await click(el, no);
        await next(el);
        await headingIs(el, steps[i + 1]);
        el.remove();
        el = await mount(attrs, {}, true);
      }
    });
  }
});

it('renders hostile strings from validation messages, quote labels, order id and email as text', async () => {
  await fakeBackend();
  const xss = '<img src=x onerror="window.__xss=1">';
  const http = createHttpClient({ baseUrl: '/api' });
  let validations = 0;
  const client: LicensePlanApiClient = {
    ...http,
    validateOrder: async () =>
      validations++ === 0
        ? { ok: false, errors: [{ field: 'purchaseRef', message: `Bad ${xss}` }] }
        : {
            ok: true,
            quote: {
              lines: [{ label: `Line ${xss}`, amount: { amountMinor: 100, currency: 'EUR' } }],
              total: { amountMinor: 100, currency: 'EUR' },
            },
          },
    submitOrder: async () => ({ orderId: `ID ${xss}`, confirmationEmail: `${xss}@example.com`, effectiveDate: '2026-11-26' }),
  };
  const el = await mount({ 'customer-id': 'acme', 'api-base-url': false }, { client });
  await headingIs(el, 'Product');
  await essentialsThrough(el, ['Quantity', 'Payment', 'Start date', 'References']);
  await next(el);
  await headingIs(el, 'References');
  expect(errorOf(control(el, 'Your purchase ref'))).to.equal(`Bad ${xss}`);
  await click(el, button(el, 'Back to review'));
  await headingIs(el, 'Review');
  await until(el, () => visibleText(el).includes(`Line ${xss}`), 'quote label as text');
  await click(el, control(el, /I confirm that I am authorized/));
  await click(el, button(el, 'Place order'));
  await headingIs(el, 'Order placed');
  expect(visibleText(el)).to.include(`ID ${xss}`).and.include(`${xss}@example.com`);
  expect(deepAll(el.shadowRoot!).some((e) => e.localName === 'img')).to.be.false;
  expect((window as { __xss?: number }).__xss).to.be.undefined;
});
