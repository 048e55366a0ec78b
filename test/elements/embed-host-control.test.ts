import { expect } from '@open-wc/testing';
import {
  activeElement,
  button,
  click,
  control,
  errorOf,
  fakeBackend,
  heading,
  headingIs,
  mount,
  next,
  nextFrame,
  record,
  settle,
  toReview,
  type,
  until,
  visibleText,
  deepAll,
} from '../helpers/harness.js';
import type { LicensePlanWizard, LpwBeforeStepChangeDetail } from '../../src/index.js';

/** Cancels every `lpw-before-step-change` while installed, and records the moves it refused. */
function vetoMoves(el: LicensePlanWizard) {
  const refused: LpwBeforeStepChangeDetail[] = [];
  const listener = (e: CustomEvent<LpwBeforeStepChangeDetail>) => {
    refused.push(e.detail);
    e.preventDefault();
  };
  el.addEventListener('lpw-before-step-change', listener);
  return { refused, stop: () => el.removeEventListener('lpw-before-step-change', listener) };
}

/** Presses `control` under a veto: the user stays on `step` with focus where it was, and the host was asked about `from → to`. */
async function expectVetoed(el: LicensePlanWizard, press: HTMLElement, step: string, from: string, to: string) {
  const veto = vetoMoves(el);
  const stepChanges = record(el).filter((e) => e.type === 'lpw-step-change');
  press.focus();
  await click(el, press);
  veto.stop();
  // Focus would move at the start of the next frame (focus-controller.ts): two frames later it has not.
  await nextFrame();
  await nextFrame();
  expect(veto.refused, `the host was asked about ${from} → ${to}`).to.deep.equal([{ from, to }]);
  expect(heading(el)?.textContent?.trim(), 'the user stays on the step').to.equal(step);
  expect(activeElement(), 'focus unchanged').to.equal(press);
  expect(stepChanges, 'no lpw-step-change').to.deep.equal([]);
}

const breadcrumbButton = (el: LicensePlanWizard, name: string) => button(el, new RegExp(`^Step \\d of \\d: ${name}, completed$`));

describe('host control: lpw-before-step-change', () => {
  it('is cancelable and vetoes Next, Back and the breadcrumb, keeping focus; uncancelled, the move happens', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme', 'no-persist': true });
    await headingIs(el, 'Product');
    await click(el, control(el, 'Connect Essentials'));
    await expectVetoed(el, button(el, 'Next'), 'Product', 'product', 'quantity');
    const asked: LpwBeforeStepChangeDetail[] = [];
    el.addEventListener('lpw-before-step-change', (e) => {
      expect(e.cancelable, 'cancelable').to.be.true;
      asked.push(e.detail);
    });
    await next(el);
    await headingIs(el, 'Quantity');
    await next(el);
    await headingIs(el, 'Payment');
    expect(asked).to.deep.equal([
      { from: 'product', to: 'quantity' },
      { from: 'quantity', to: 'payment' },
    ]);
    await expectVetoed(el, button(el, 'Back'), 'Payment', 'payment', 'quantity');
    await expectVetoed(el, breadcrumbButton(el, 'Product'), 'Payment', 'payment', 'product');
    // Enter in a text field is Next too.
    await click(el, button(el, 'Back'));
    await headingIs(el, 'Quantity');
    const veto = vetoMoves(el);
    const field = control(el, 'Quantity');
    field.focus();
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await settle(el);
    veto.stop();
    expect(veto.refused).to.deep.equal([{ from: 'quantity', to: 'payment' }]);
    expect(heading(el)?.textContent?.trim()).to.equal('Quantity');
  });

  it('is not fired for a Next that stays on the step with problems', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme', 'no-persist': true });
    await headingIs(el, 'Product');
    const veto = vetoMoves(el);
    await next(el);
    veto.stop();
    expect(veto.refused).to.deep.equal([]);
    expect(visibleText(el)).to.include('Choose a product.');
  });

  it('vetoes Edit from Review and Back to review', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme', 'no-persist': true });
    await toReview(el);
    const edits = deepAll(el.shadowRoot!).filter(
      (e): e is HTMLButtonElement => e instanceof HTMLButtonElement && /^Edit/.test(e.textContent!.trim()),
    );
    expect(edits.length).to.be.greaterThan(0);
    await expectVetoed(el, edits[0], 'Review', 'review', 'product');
    await click(el, edits[1]);
    await headingIs(el, 'Quantity');
    await expectVetoed(el, button(el, 'Back to review'), 'Quantity', 'quantity', 'review');
    await click(el, button(el, 'Back to review'));
    await headingIs(el, 'Review');
  });
});

describe('host control: product-id and quantity', () => {
  it('product-id preselects the product: the user lands on Product with it chosen, and one Next continues', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme', 'product-id': 'connect-essentials', 'no-persist': true });
    await headingIs(el, 'Product');
    expect(control(el, 'Connect Essentials').checked, 'chosen').to.be.true;
    await next(el);
    await headingIs(el, 'Quantity');
    // Nothing was changed by the user: Cancel asks nothing.
    const events = record(el);
    await click(el, button(el, 'Cancel'));
    expect(events.map((e) => e.type)).to.deep.equal(['lpw-cancel']);
  });

  it('quantity prefills Quantity', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme', 'product-id': 'connect-essentials', quantity: '40', 'no-persist': true });
    await headingIs(el, 'Product');
    await next(el);
    await headingIs(el, 'Quantity');
    expect(control(el, 'Quantity').value).to.equal('40');
    await next(el);
    await headingIs(el, 'Payment');
    expect(visibleText(el)).to.include('40 licenses');
  });

  for (const bad of ['4.5', '-3', '1e3', '007', '100000']) {
    it(`a bad quantity "${bad}" is checked like typed input`, async () => {
      await fakeBackend();
      const typed = await mount({ 'customer-id': 'acme', 'product-id': 'connect-essentials', 'no-persist': true });
      await headingIs(typed, 'Product');
      await next(typed);
      await headingIs(typed, 'Quantity');
      await type(control(typed, 'Quantity'), bad);
      await next(typed);
      const expected = errorOf(control(typed, 'Quantity'));
      expect(expected, 'typing it is refused').not.to.equal('');
      typed.remove();

      const el = await mount({ 'customer-id': 'acme', 'product-id': 'connect-essentials', quantity: bad, 'no-persist': true });
      await headingIs(el, 'Product');
      await next(el);
      await headingIs(el, 'Quantity');
      expect(control(el, 'Quantity').value, 'shown as given').to.equal(bad);
      await next(el);
      expect(heading(el)?.textContent?.trim()).to.equal('Quantity');
      expect(errorOf(control(el, 'Quantity'))).to.equal(expected);
    });
  }

  it('a quantity that is no number at all ("forty") is refused at Quantity, not dropped', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme', 'product-id': 'connect-essentials', quantity: 'forty', 'no-persist': true });
    await headingIs(el, 'Product');
    await next(el);
    await headingIs(el, 'Quantity');
    await next(el);
    expect(heading(el)?.textContent?.trim()).to.equal('Quantity');
    expect(errorOf(control(el, 'Quantity'))).to.equal('Enter the quantity as a whole number using digits only, for example 25.');
  });

  it('a product that is not offered is a config error naming product-id, reported once as lpw-error kind config', async () => {
    await fakeBackend();
    const host = document.createElement('div');
    document.body.append(host);
    const el = document.createElement('license-plan-wizard');
    const errors: CustomEvent[] = [];
    el.addEventListener('lpw-error', (e) => errors.push(e));
    for (const [k, v] of Object.entries({
      'api-base-url': '/api',
      purchaser: '',
      'customer-id': 'acme',
      'product-id': 'no-such-product',
      'no-persist': '',
    }))
      el.setAttribute(k, v);
    host.append(el);
    try {
      await until(el, () => visibleText(el).includes('product-id'), 'config panel');
      expect(visibleText(el)).to.include('"no-such-product"');
      expect(queryStep(el), 'no step shown').to.be.undefined;
      expect(errors.map((e) => e.detail.kind)).to.deep.equal(['config']);
      expect(errors[0].detail.message).to.include('"product-id"');
    } finally {
      host.remove();
    }
  });

  it('product-id is ignored in change mode (the plan gives the product)', async () => {
    await fakeBackend();
    const el = await mount({
      'customer-id': 'acme',
      mode: 'change',
      'plan-id': 'plan-acme-1',
      'product-id': 'no-such-product',
      'no-persist': true,
    });
    await until(el, () => heading(el), 'a heading');
    expect(visibleText(el)).not.to.include('product-id');
  });
});

const queryStep = (el: LicensePlanWizard) => el.shadowRoot!.querySelector('[data-step] > *') ?? undefined;

describe('host control: goTo() and validate()', () => {
  it('goTo() reaches only completed steps (as the breadcrumb), says whether it moved, and asks no veto', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme', 'no-persist': true });
    await headingIs(el, 'Product');
    expect(el.goTo('quantity'), 'not reached yet').to.be.false;
    await click(el, control(el, 'Connect Essentials'));
    await next(el);
    await next(el);
    await headingIs(el, 'Payment');
    expect(el.goTo('review'), 'ahead').to.be.false;
    expect(el.goTo('payment'), 'the current step').to.be.false;
    const veto = vetoMoves(el);
    const events = record(el);
    expect(el.goTo('product')).to.be.true;
    veto.stop();
    await headingIs(el, 'Product');
    expect(veto.refused, 'the host’s own move is not offered for veto').to.deep.equal([]);
    expect(events.map((e) => [e.type, e.detail.step])).to.deep.equal([['lpw-step-change', 'product']]);
  });

  it('validate() shows and returns the current step’s problems, in the wizard’s language', async () => {
    await fakeBackend();
    const el = await mount({ 'customer-id': 'acme', 'no-persist': true });
    await headingIs(el, 'Product');
    const problems = el.validate();
    await settle(el);
    expect(problems).to.deep.equal([{ field: 'productId', code: 'required', message: 'Choose a product.' }]);
    expect(visibleText(el), 'shown').to.include('Choose a product.');
    expect(heading(el)?.textContent?.trim()).to.equal('Product');
    await click(el, control(el, 'Connect Essentials'));
    expect(el.validate()).to.deep.equal([]);
    await next(el);
    await headingIs(el, 'Quantity');
    await type(control(el, 'Quantity'), '0');
    el.setAttribute('locale', 'de');
    await headingIs(el, 'Anzahl');
    const [problem] = el.validate();
    await settle(el);
    expect(problem.field).to.equal('quantity');
    expect(problem.message).to.equal(errorOf(control(el, 'Anzahl')));
    expect(problem.message).not.to.match(/licen/i);
  });
});
