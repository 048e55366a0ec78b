import { expect } from '@open-wc/testing';
import {
  back,
  checkStep,
  edit,
  goTo,
  hasChanges,
  next,
  startWizard,
  stepIndex,
  toOrder,
  withServerErrors,
  type ChangeQuestion,
  type WizardState,
} from '../../src/model/draft.js';
import { CHANGE_STEPS, NEW_STEPS } from '../../src/model/rules.js';
import { LicenseOrderSchema, type OrderContext } from '../../src/model/schemas.js';
import { changeContext, context, options, product, roomsProduct } from './fixtures.js';

const KEY = 'idem-7f3a';

/** Presses Next `times` times, failing the test if any press does not move on. */
function advance(state: WizardState, ctx: OrderContext, times: number): WizardState {
  let s = state;
  for (let i = 0; i < times; i++) {
    const moved = next(s, ctx);
    expect(moved.step, `Next from ${s.step} was refused: ${JSON.stringify(moved.problems)}`).not.to.equal(s.step);
    s = moved;
  }
  return s;
}

/** A new-mode wizard for "users", walked to Review with everything valid but not yet confirmed. */
function newAtReview(ctx: OrderContext = context()): WizardState {
  const start = edit(startWizard(ctx, 'new', KEY), ctx, { productId: 'users' });
  const review = advance(start, ctx, 5);
  expect(review.step).to.equal('review');
  return review;
}

function answer(state: WizardState, ctx: OrderContext, question: ChangeQuestion, value: boolean): WizardState {
  return edit(state, ctx, { change: { ...state.draft.change, [question]: value } });
}

/** A change-mode wizard walked to Review with every question answered No. */
function changeAtReview(ctx: OrderContext): WizardState {
  let s = startWizard(ctx, 'change', KEY);
  for (const q of ['quantity', 'payment', 'references'] as const) s = advance(answer(s, ctx, q, false), ctx, 1);
  expect(s.step).to.equal('review');
  return s;
}

describe('draft', () => {
  describe('startWizard in new mode', () => {
    it('starts at the first step with a clean state', () => {
      const s = startWizard(context(), 'new', KEY);
      expect(s.mode).to.equal('new');
      expect(s.steps).to.deep.equal(NEW_STEPS);
      expect(s.step).to.equal('product');
      expect(s.reached).to.equal(0);
      expect(s.problems).to.deep.equal({});
      expect(s.returnToReview).to.equal(false);
      expect(s.dirty).to.equal(false);
      expect(stepIndex(s)).to.equal(0);
    });

    it('with several products picks none, and fills the context defaults', () => {
      expect(startWizard(context(), 'new', KEY).draft).to.deep.equal({
        productId: null,
        quantity: '',
        cadence: null,
        startDate: '2026-11-26',
        costCenterId: 'cc-1',
        purchaseRef: '',
        purchaserConfirmed: false,
        change: { quantity: null, payment: null, references: null },
        idempotencyKey: KEY,
      });
    });

    it('leaves the cost center empty when the context has no default', () => {
      const ctx = context({ defaultCostCenterId: null });
      expect(startWizard(ctx, 'new', KEY).draft.costCenterId).to.equal(null);
    });

    it('takes the start date default from the context', () => {
      const ctx = context({ startDate: { earliest: '2026-10-01', default: '2026-12-01', latest: '2027-01-31' } });
      expect(startWizard(ctx, 'new', KEY).draft.startDate).to.equal('2026-12-01');
    });

    it('preselects the only product, with quantity at its (usage-based) minimum and monthly cadence', () => {
      const ctx = context({ products: [product()], usage: { users: 12 } });
      const { draft } = startWizard(ctx, 'new', KEY);
      expect(draft.productId).to.equal('users');
      expect(draft.quantity).to.equal('12');
      expect(draft.cadence).to.equal('monthly'); // listed second in the product, still the default
    });

    it('sets the quantity to the product minimum when usage is lower', () => {
      const ctx = context({ products: [product()], usage: { users: 1 } });
      expect(startWizard(ctx, 'new', KEY).draft.quantity).to.equal('5');
    });

    it('defaults the cadence to the only option when monthly is not offered', () => {
      const ctx = context({ products: [roomsProduct({ paymentOptions: options('prepay-2y') })], usage: {} });
      const { draft } = startWizard(ctx, 'new', KEY);
      expect(draft.cadence).to.equal('prepay-2y');
      expect(draft.quantity).to.equal('1');
    });

    it('leaves the cadence empty when there are several options and none is monthly', () => {
      const ctx = context({ products: [roomsProduct()], usage: {} });
      expect(startWizard(ctx, 'new', KEY).draft.cadence).to.equal(null);
    });

    it('does not prefill anything from a plan in the context', () => {
      const ctx = changeContext();
      const { draft } = startWizard(ctx, 'new', KEY);
      expect(draft.productId).to.equal(null);
      expect(draft.quantity).to.equal('');
      expect(draft.costCenterId).to.equal('cc-1');
      expect(draft.purchaseRef).to.equal('');
      expect(draft.startDate).to.equal('2026-11-26');
    });
  });

  describe('startWizard in change mode', () => {
    it('starts at the quantity step of the change steps', () => {
      const s = startWizard(changeContext(), 'change', KEY);
      expect(s.mode).to.equal('change');
      expect(s.steps).to.deep.equal(CHANGE_STEPS);
      expect(s.step).to.equal('quantity');
      expect(s.reached).to.equal(0);
      expect(s.dirty).to.equal(false);
    });

    it('prefills the draft from the plan, with every question unanswered', () => {
      expect(startWizard(changeContext(), 'change', KEY).draft).to.deep.equal({
        productId: 'users',
        quantity: '20', // the plan's, not the minimum (12)
        cadence: 'monthly',
        startDate: '2025-06-01',
        costCenterId: 'cc-2', // the plan's, not the default cc-1
        purchaseRef: 'PO-7',
        purchaserConfirmed: false,
        change: { quantity: null, payment: null, references: null },
        idempotencyKey: KEY,
      });
    });

    it('keeps a plan without a cost center without one', () => {
      const ctx = changeContext({ costCenterId: null, cadence: 'prepay-1y' });
      const { draft } = startWizard(ctx, 'change', KEY);
      expect(draft.costCenterId).to.equal(null);
      expect(draft.cadence).to.equal('prepay-1y');
    });
  });

  describe('edit', () => {
    it('applies the patch, marks the state dirty and never mutates the old state', () => {
      const ctx = context();
      const before = startWizard(ctx, 'new', KEY);
      const snapshot = JSON.parse(JSON.stringify(before));
      const after = edit(before, ctx, { purchaseRef: 'PO-1' });
      expect(after.draft.purchaseRef).to.equal('PO-1');
      expect(after.dirty).to.equal(true);
      expect(after).not.to.equal(before);
      expect(after.draft).not.to.equal(before.draft);
      expect(JSON.parse(JSON.stringify(before))).to.deep.equal(snapshot);
    });

    it('clears the edited field’s problem and keeps the others', () => {
      const ctx = context();
      let s = goTo(newAtReview(ctx), 'references');
      s = edit(s, ctx, { costCenterId: 'cc-gone', purchaseRef: 'PO\n1' });
      s = next(s, ctx);
      expect(s.problems).to.deep.equal({ costCenterId: { code: 'required' }, purchaseRef: { code: 'control-characters' } });
      s = edit(s, ctx, { purchaseRef: 'PO 1' });
      expect(s.problems).to.deep.equal({ costCenterId: { code: 'required' } });
      s = edit(s, ctx, { costCenterId: 'cc-2' });
      expect(s.problems).to.deep.equal({});
    });

    it('clears a form-level problem on any edit', () => {
      const ctx = context();
      let s = withServerErrors(newAtReview(ctx), [{ field: null, message: 'Service unavailable' }]);
      expect(s.problems).to.have.property('form');
      s = edit(s, ctx, { purchaserConfirmed: true });
      expect(s.problems).to.deep.equal({});
    });

    it('picking a product sets its minimum quantity and default cadence', () => {
      const ctx = context();
      const s = edit(startWizard(ctx, 'new', KEY), ctx, { productId: 'users' });
      expect(s.draft.quantity).to.equal('12');
      expect(s.draft.cadence).to.equal('monthly');
    });

    it('changing the product resets quantity and cadence to the new product’s defaults', () => {
      const ctx = context();
      let s = edit(startWizard(ctx, 'new', KEY), ctx, { productId: 'users' });
      s = edit(s, ctx, { quantity: '40' });
      s = edit(s, ctx, { productId: 'rooms' });
      expect(s.draft.quantity).to.equal('3'); // rooms usage 3 > its minimum 1
      expect(s.draft.cadence).to.equal(null); // monthly not offered by rooms, two options
      s = edit(s, ctx, { productId: 'users' });
      expect(s.draft.quantity).to.equal('12'); // not the 40 typed earlier
      expect(s.draft.cadence).to.equal('monthly');
    });

    it('changing the product to one with a single option picks that option', () => {
      const ctx = context({ products: [product(), roomsProduct({ paymentOptions: options('prepay-4y') })] });
      let s = edit(startWizard(ctx, 'new', KEY), ctx, { productId: 'users' });
      s = edit(s, ctx, { productId: 'rooms' });
      expect(s.draft.cadence).to.equal('prepay-4y');
    });

    it('changing the product keeps a chosen cadence that the new product also offers', () => {
      const ctx = context();
      let s = edit(startWizard(ctx, 'new', KEY), ctx, { productId: 'users', cadence: 'prepay-3y' });
      s = edit(s, ctx, { productId: 'rooms' });
      expect(s.draft.cadence).to.equal('prepay-3y');
    });

    it('re-sending the same product does not reset the quantity', () => {
      const ctx = context();
      let s = edit(startWizard(ctx, 'new', KEY), ctx, { productId: 'users' });
      s = edit(s, ctx, { quantity: '40' });
      s = edit(s, ctx, { productId: 'users' });
      expect(s.draft.quantity).to.equal('40');
    });
  });

  describe('next and back', () => {
    it('refuses to leave the product step without a product', () => {
      const ctx = context();
      const start = startWizard(ctx, 'new', KEY);
      const s = next(start, ctx);
      expect(s.step).to.equal('product');
      expect(s.reached).to.equal(0);
      expect(s.problems).to.deep.equal({ productId: { code: 'required' } });
    });

    it('refuses an invalid quantity and shows why', () => {
      const ctx = context();
      let s = advance(edit(startWizard(ctx, 'new', KEY), ctx, { productId: 'users' }), ctx, 1);
      s = next(edit(s, ctx, { quantity: '1.5' }), ctx);
      expect(s.step).to.equal('quantity');
      expect(s.reached).to.equal(1);
      expect(s.problems).to.deep.equal({ quantity: { code: 'fraction' } });
    });

    it('refuses a missing or unoffered cadence', () => {
      const ctx = context();
      const atPayment = advance(edit(startWizard(ctx, 'new', KEY), ctx, { productId: 'users' }), ctx, 2);
      expect(atPayment.step).to.equal('payment');
      expect(next(edit(atPayment, ctx, { cadence: null }), ctx).problems).to.deep.equal({ cadence: { code: 'required' } });
      expect(next(edit(atPayment, ctx, { cadence: 'prepay-5y' }), ctx).problems).to.deep.equal({
        cadence: { code: 'not-offered' },
      });
    });

    it('refuses a start date outside the window', () => {
      const ctx = context();
      const at = advance(edit(startWizard(ctx, 'new', KEY), ctx, { productId: 'users' }), ctx, 3);
      expect(at.step).to.equal('start-date');
      const s = next(edit(at, ctx, { startDate: '2027-02-01' }), ctx);
      expect(s.step).to.equal('start-date');
      expect(s.problems).to.deep.equal({
        startDate: { code: 'date-outside', earliest: '2026-10-01', latest: '2027-01-31' },
      });
    });

    it('requires a cost center from the list only when the context has cost centers', () => {
      const ctx = context();
      const at = goTo(newAtReview(ctx), 'references');
      expect(next(edit(at, ctx, { costCenterId: null }), ctx).problems).to.deep.equal({ costCenterId: { code: 'required' } });

      const none = context({ costCenters: [], defaultCostCenterId: null });
      expect(goTo(newAtReview(none), 'references').draft.costCenterId).to.equal(null);
    });

    it('requires the purchaser confirmation on Review', () => {
      const ctx = context();
      const review = newAtReview(ctx);
      const refused = next(review, ctx);
      expect(refused.step).to.equal('review');
      expect(refused.problems).to.deep.equal({ purchaserConfirmed: { code: 'required' } });
      const confirmed = edit(refused, ctx, { purchaserConfirmed: true });
      expect(confirmed.problems).to.deep.equal({});
      expect(checkStep('review', confirmed, ctx)).to.deep.equal({});
      expect(next(confirmed, ctx)).to.equal(confirmed); // nowhere further to go
    });

    it('moves through every step when each is valid, recording the furthest reached and clearing problems', () => {
      const ctx = context();
      let s = next(startWizard(ctx, 'new', KEY), ctx);
      expect(s.problems).to.not.deep.equal({});
      s = edit(s, ctx, { productId: 'users' });
      const visited: string[] = [s.step];
      for (let i = 0; i < 5; i++) {
        s = next(s, ctx);
        visited.push(s.step);
        expect(s.reached).to.equal(i + 1);
        expect(s.problems).to.deep.equal({});
      }
      expect(visited).to.deep.equal([...NEW_STEPS]);
    });

    it('back goes to the previous step, keeps reached and clears problems', () => {
      const ctx = context();
      let s = advance(edit(startWizard(ctx, 'new', KEY), ctx, { productId: 'users' }), ctx, 3);
      s = next(edit(s, ctx, { startDate: '' }), ctx);
      expect(s.problems).to.deep.equal({ startDate: { code: 'required' } });
      s = back(s);
      expect(s.step).to.equal('payment');
      expect(s.reached).to.equal(3);
      expect(s.problems).to.deep.equal({});
    });

    it('back on the first step does nothing', () => {
      const s = startWizard(context(), 'new', KEY);
      expect(back(s)).to.equal(s);
    });
  });

  describe('goTo', () => {
    it('opens an earlier step, keeping how far the user got', () => {
      const ctx = context();
      const at = advance(edit(startWizard(ctx, 'new', KEY), ctx, { productId: 'users' }), ctx, 3);
      const s = goTo(at, 'quantity');
      expect(s.step).to.equal('quantity');
      expect(s.reached).to.equal(3);
      expect(s.returnToReview).to.equal(false);
    });

    it('refuses the current step, a later step and a step outside the mode', () => {
      const ctx = context();
      const at = advance(edit(startWizard(ctx, 'new', KEY), ctx, { productId: 'users' }), ctx, 2);
      expect(goTo(at, 'payment')).to.equal(at);
      expect(goTo(at, 'start-date')).to.equal(at);
      expect(goTo(at, 'review')).to.equal(at);

      const change = startWizard(changeContext(), 'change', KEY);
      expect(goTo(change, 'product')).to.equal(change);
      expect(goTo(change, 'start-date')).to.equal(change);
    });

    it('refuses a later step even if it was reached before (only earlier steps)', () => {
      const ctx = context();
      const at = back(back(newAtReview(ctx)));
      expect(at.step).to.equal('start-date');
      expect(goTo(at, 'references')).to.equal(at);
    });

    it('from Review marks the trip so Next returns straight to Review', () => {
      const ctx = context();
      let s = goTo(newAtReview(ctx), 'quantity');
      expect(s.step).to.equal('quantity');
      expect(s.returnToReview).to.equal(true);
      s = next(edit(s, ctx, { quantity: '40' }), ctx);
      expect(s.step).to.equal('review');
      expect(s.returnToReview).to.equal(false);
      expect(s.draft.quantity).to.equal('40');
    });

    it('from Review, Next stays put with problems while the opened step is invalid', () => {
      const ctx = context();
      const s = next(edit(goTo(newAtReview(ctx), 'quantity'), ctx, { quantity: '0x10' }), ctx);
      expect(s.step).to.equal('quantity');
      expect(s.returnToReview).to.equal(true);
      expect(s.problems).to.deep.equal({ quantity: { code: 'not-whole-number' } });
    });

    it('from Review, Next goes to the first step the edit made invalid, then back to Review', () => {
      const ctx = context();
      let s = goTo(newAtReview(ctx), 'product');
      s = edit(s, ctx, { productId: 'rooms' }); // rooms offers no monthly → cadence cleared
      s = next(s, ctx);
      expect(s.step).to.equal('payment');
      expect(s.returnToReview).to.equal(true);
      expect(s.problems).to.deep.equal({ cadence: { code: 'required' } });
      s = next(edit(s, ctx, { cadence: 'prepay-2y' }), ctx);
      expect(s.step).to.equal('review');
      expect(s.returnToReview).to.equal(false);
    });

    it('back after opening a step from Review forgets the trip', () => {
      const ctx = context();
      const s = back(goTo(newAtReview(ctx), 'payment'));
      expect(s.step).to.equal('quantity');
      expect(s.returnToReview).to.equal(false);
      expect(next(s, ctx).step).to.equal('payment');
    });

    it('opening a second earlier step during the trip still returns to Review', () => {
      const ctx = context();
      let s = goTo(goTo(newAtReview(ctx), 'references'), 'quantity');
      expect(s.returnToReview).to.equal(true);
      s = next(s, ctx);
      expect(s.step).to.equal('review');
    });
  });

  describe('withServerErrors', () => {
    it('takes a quantity error to the quantity step and shows it there', () => {
      const s = withServerErrors(newAtReview(), [{ field: 'quantity', message: 'Too many licenses' }]);
      expect(s.step).to.equal('quantity');
      expect(s.problems).to.deep.equal({ quantity: { code: 'server', message: 'Too many licenses' } });
      expect(s.returnToReview).to.equal(true);
    });

    it('takes a costCenterId error to the references step', () => {
      const s = withServerErrors(newAtReview(), [{ field: 'costCenterId', message: 'Closed' }]);
      expect(s.step).to.equal('references');
      expect(s.problems).to.deep.equal({ costCenterId: { code: 'server', message: 'Closed' } });
    });

    it('maps the other order fields to their steps', () => {
      const expected = { productId: 'product', cadence: 'payment', startDate: 'start-date', purchaseRef: 'references' };
      for (const [field, step] of Object.entries(expected)) {
        expect(withServerErrors(newAtReview(), [{ field, message: 'x' }]).step, field).to.equal(step);
      }
    });

    it('shows an error without a field on Review as a form problem', () => {
      const s = withServerErrors(newAtReview(), [{ field: null, message: 'Try again later' }]);
      expect(s.step).to.equal('review');
      expect(s.problems).to.deep.equal({ form: { code: 'server', message: 'Try again later' } });
      expect(s.returnToReview).to.equal(false);
    });

    it('treats an unknown field (even a prototype key) as a form problem', () => {
      for (const field of ['seats', 'toString', '__proto__', '']) {
        const s = withServerErrors(newAtReview(), [{ field, message: 'Bad' }]);
        expect(s.step, field).to.equal('review');
        expect(s.problems, field).to.deep.equal({ form: { code: 'server', message: 'Bad' } });
      }
    });

    it('goes to the earliest step with an error and keeps every field’s first message', () => {
      const s = withServerErrors(newAtReview(), [
        { field: 'costCenterId', message: 'Closed' },
        { field: null, message: 'Also this' },
        { field: 'quantity', message: 'Too many' },
        { field: 'quantity', message: 'Second quantity message' },
      ]);
      expect(s.step).to.equal('quantity');
      expect(s.returnToReview).to.equal(true);
      expect(s.problems).to.deep.equal({
        costCenterId: { code: 'server', message: 'Closed' },
        form: { code: 'server', message: 'Also this' },
        quantity: { code: 'server', message: 'Too many' },
      });
    });

    it('goes to the earliest step whatever order the errors come in', () => {
      const s = withServerErrors(newAtReview(), [
        { field: 'productId', message: 'Retired' },
        { field: 'purchaseRef', message: 'Taken' },
        { field: null, message: 'Check the order' },
      ]);
      expect(s.step).to.equal('product');
      expect(Object.keys(s.problems)).to.have.members(['productId', 'purchaseRef', 'form']);
    });

    it('after fixing the step, Next returns to Review', () => {
      const ctx = context();
      let s = withServerErrors(newAtReview(ctx), [{ field: 'quantity', message: 'Too many' }]);
      s = edit(s, ctx, { quantity: '30' });
      expect(s.problems).to.deep.equal({});
      s = next(s, ctx);
      expect(s.step).to.equal('review');
    });

    it('in change mode shows errors for fields without a step on Review', () => {
      const ctx = changeContext();
      const review = changeAtReview(ctx);
      for (const field of ['startDate', 'productId']) {
        const s = withServerErrors(review, [{ field, message: 'Cannot change' }]);
        expect(s.step, field).to.equal('review');
        expect(s.problems, field).to.deep.equal({ form: { code: 'server', message: 'Cannot change' } });
      }
      expect(withServerErrors(review, [{ field: 'cadence', message: 'No' }]).step).to.equal('payment');
    });

    it('with an empty error list lands on Review with a general "refused" problem, so the user is told', () => {
      const s = withServerErrors(newAtReview(), []);
      expect(s.step).to.equal('review');
      expect(s.problems).to.deep.equal({ form: { code: 'refused' } });
    });
  });

  describe('change mode', () => {
    it('each step’s question must be answered before Next', () => {
      const ctx = changeContext();
      let s = startWizard(ctx, 'change', KEY);
      for (const q of ['quantity', 'payment', 'references'] as const) {
        const refused = next(s, ctx);
        expect(refused.step).to.equal(s.step);
        expect(refused.problems).to.deep.equal({ [`change-${q}`]: { code: 'required' } });
        s = advance(answer(refused, ctx, q, false), ctx, 1);
      }
      expect(s.step).to.equal('review');
    });

    it('answering clears the question’s problem', () => {
      const ctx = changeContext();
      const refused = next(startWizard(ctx, 'change', KEY), ctx);
      expect(answer(refused, ctx, 'quantity', true).problems).to.deep.equal({});
    });

    it('answering Yes checks the new value', () => {
      const ctx = changeContext();
      let s = answer(startWizard(ctx, 'change', KEY), ctx, 'quantity', true);
      s = next(edit(s, ctx, { quantity: '11' }), ctx);
      expect(s.problems).to.deep.equal({ quantity: { code: 'below-usage', min: 12, usage: 12 } });
      s = next(edit(s, ctx, { quantity: '30' }), ctx);
      expect(s.step).to.equal('payment');
    });

    it('answering No restores the plan’s quantity', () => {
      const ctx = changeContext();
      let s = answer(startWizard(ctx, 'change', KEY), ctx, 'quantity', true);
      s = edit(s, ctx, { quantity: '35' });
      s = answer(s, ctx, 'quantity', false);
      expect(s.draft.quantity).to.equal('20');
      expect(next(s, ctx).step).to.equal('payment');
    });

    it('answering No restores the plan’s cadence', () => {
      const ctx = changeContext();
      let s = advance(answer(startWizard(ctx, 'change', KEY), ctx, 'quantity', false), ctx, 1);
      s = edit(answer(s, ctx, 'payment', true), ctx, { cadence: 'prepay-1y' });
      expect(s.draft.cadence).to.equal('prepay-1y');
      s = answer(s, ctx, 'payment', false);
      expect(s.draft.cadence).to.equal('monthly');
    });

    it('answering No restores the plan’s cost center and purchase reference', () => {
      const ctx = changeContext();
      let s = startWizard(ctx, 'change', KEY);
      s = edit(s, ctx, { change: { ...s.draft.change, references: true } });
      s = edit(s, ctx, { costCenterId: 'cc-1', purchaseRef: 'PO-NEW' });
      s = answer(s, ctx, 'references', false);
      expect(s.draft.costCenterId).to.equal('cc-2');
      expect(s.draft.purchaseRef).to.equal('PO-7');
    });

    it('offers only the plan’s allowed cadences', () => {
      const ctx = changeContext({ allowedCadences: ['monthly', 'prepay-1y'] });
      let s = advance(answer(startWizard(ctx, 'change', KEY), ctx, 'quantity', false), ctx, 1);
      s = next(edit(answer(s, ctx, 'payment', true), ctx, { cadence: 'prepay-3y' }), ctx);
      expect(s.problems).to.deep.equal({ cadence: { code: 'not-offered' } });
    });

    it('Review with nothing changed refuses with no-change, even when confirmed', () => {
      const ctx = changeContext();
      const review = changeAtReview(ctx);
      expect(hasChanges(review, ctx)).to.equal(false);
      expect(next(review, ctx).problems).to.deep.equal({ form: { code: 'no-change' } });
      const confirmed = edit(review, ctx, { purchaserConfirmed: true });
      expect(next(confirmed, ctx).problems).to.deep.equal({ form: { code: 'no-change' } });
    });

    it('answering Yes but keeping the same values is still no change (surrounding spaces ignored)', () => {
      const ctx = changeContext();
      let s = answer(startWizard(ctx, 'change', KEY), ctx, 'quantity', true);
      s = advance(edit(s, ctx, { quantity: ' 20 ' }), ctx, 1);
      s = advance(answer(s, ctx, 'payment', false), ctx, 1);
      s = advance(edit(answer(s, ctx, 'references', true), ctx, { purchaseRef: 'PO-7  ' }), ctx, 1);
      expect(s.step).to.equal('review');
      expect(next(edit(s, ctx, { purchaserConfirmed: true }), ctx).problems).to.deep.equal({ form: { code: 'no-change' } });
    });

    for (const [label, question, patch] of [
      ['quantity', 'quantity', { quantity: '25' }],
      ['cadence', 'payment', { cadence: 'prepay-1y' }],
      ['cost center', 'references', { costCenterId: 'cc-1' }],
      ['purchase reference', 'references', { purchaseRef: 'PO-8' }],
    ] as const) {
      it(`a changed ${label} counts as a change, so Review asks for confirmation instead`, () => {
        const ctx = changeContext();
        let s = changeAtReview(ctx);
        s = goTo(s, question);
        s = edit(answer(s, ctx, question, true), ctx, patch);
        s = next(s, ctx);
        expect(s.step).to.equal('review');
        expect(hasChanges(s, ctx)).to.equal(true);
        expect(next(s, ctx).problems).to.deep.equal({ purchaserConfirmed: { code: 'required' } });
        const done = edit(s, ctx, { purchaserConfirmed: true });
        expect(checkStep('review', done, ctx)).to.deep.equal({});
      });
    }

    it('a quantity equal to the plan’s but typed with spaces around it is no change', () => {
      const ctx = changeContext();
      let s = answer(startWizard(ctx, 'change', KEY), ctx, 'quantity', true);
      s = advance(edit(s, ctx, { quantity: ' 20 ' }), ctx, 1);
      s = advance(answer(s, ctx, 'payment', false), ctx, 1);
      s = advance(answer(s, ctx, 'references', false), ctx, 1);
      expect(toOrder(s, ctx, 'cust-1').quantity).to.equal(20);
      expect(hasChanges(s, ctx)).to.equal(false);
      expect(next(edit(s, ctx, { purchaserConfirmed: true }), ctx).problems).to.deep.equal({ form: { code: 'no-change' } });
    });

    it('answering No clears the problem of the value it discards', () => {
      const ctx = changeContext();
      let s = answer(startWizard(ctx, 'change', KEY), ctx, 'quantity', true);
      s = next(edit(s, ctx, { quantity: 'abc' }), ctx);
      expect(s.problems).to.deep.equal({ quantity: { code: 'not-whole-number' } });
      s = answer(s, ctx, 'quantity', false);
      expect(s.draft.quantity).to.equal('20');
      expect(s.problems).to.deep.equal({});
    });

    it('answering No to every question is no change even if the plan reference has spaces', () => {
      const ctx = changeContext({ purchaseRef: 'PO-7 ' });
      const review = changeAtReview(ctx);
      expect(review.draft.purchaseRef).to.equal('PO-7 ');
      expect(hasChanges(review, ctx)).to.equal(false);
      expect(next(review, ctx).problems).to.deep.equal({ form: { code: 'no-change' } });
    });

    it('hasChanges is always true in new mode', () => {
      const ctx = context();
      expect(hasChanges(startWizard(ctx, 'new', KEY), ctx)).to.equal(true);
    });
  });

  describe('toOrder', () => {
    it('in new mode sends the start date and no plan id', () => {
      const ctx = context();
      let s = goTo(newAtReview(ctx), 'references');
      s = next(edit(s, ctx, { purchaseRef: '  PO-2026-17  ', costCenterId: 'cc-2' }), ctx);
      s = edit(s, ctx, { purchaserConfirmed: true });
      const order = toOrder(s, ctx, 'cust-1');
      expect(order).to.deep.equal({
        customerId: 'cust-1',
        mode: 'new',
        productId: 'users',
        quantity: 12,
        cadence: 'monthly',
        startDate: '2026-11-26',
        costCenterId: 'cc-2',
        purchaseRef: 'PO-2026-17',
        purchaserConfirmed: true,
        idempotencyKey: KEY,
      });
      expect(order).not.to.have.property('planId');
      expect(LicenseOrderSchema.safeParse(order).success).to.equal(true);
    });

    it('sends the quantity as a number, trimmed', () => {
      const ctx = context();
      const s = edit(newAtReview(ctx), ctx, { quantity: ' 40 ' });
      const order = toOrder(s, ctx, 'cust-1');
      expect(order.quantity).to.equal(40);
      expect(typeof order.quantity).to.equal('number');
    });

    it('in change mode sends the plan id and no start date', () => {
      const ctx = changeContext();
      let s = answer(startWizard(ctx, 'change', KEY), ctx, 'quantity', true);
      s = advance(edit(s, ctx, { quantity: '30' }), ctx, 1);
      s = advance(answer(s, ctx, 'payment', false), ctx, 1);
      s = advance(edit(answer(s, ctx, 'references', true), ctx, { purchaseRef: ' PO-8 ' }), ctx, 1);
      s = edit(s, ctx, { purchaserConfirmed: true });
      const order = toOrder(s, ctx, 'cust-1');
      expect(order).to.deep.equal({
        customerId: 'cust-1',
        mode: 'change',
        planId: 'plan-1',
        productId: 'users',
        quantity: 30,
        cadence: 'monthly',
        costCenterId: 'cc-2',
        purchaseRef: 'PO-8',
        purchaserConfirmed: true,
        idempotencyKey: KEY,
      });
      expect(order).not.to.have.property('startDate');
      expect(LicenseOrderSchema.safeParse(order).success).to.equal(true);
    });

    it('in change mode sends the version of the plan it was made against, when the plan has one', () => {
      const versioned = changeContext({ version: 'v7' });
      const change = startWizard(versioned, 'change', KEY);
      expect(toOrder(change, versioned, 'cust-1').planVersion).to.equal('v7');
      const unversioned = changeContext();
      expect(toOrder(startWizard(unversioned, 'change', KEY), unversioned, 'cust-1')).not.to.have.property('planVersion');
      const fresh = context();
      expect(toOrder(startWizard(fresh, 'new', KEY), fresh, 'cust-1')).not.to.have.property('planVersion');
    });

    it('keeps the idempotency key through every transition', () => {
      const ctx = context();
      let s = withServerErrors(newAtReview(ctx), [{ field: 'quantity', message: 'x' }]);
      s = next(edit(s, ctx, { quantity: '13' }), ctx);
      s = back(goTo(s, 'payment'));
      expect(s.draft.idempotencyKey).to.equal(KEY);
      expect(toOrder(s, ctx, 'cust-1').idempotencyKey).to.equal(KEY);
    });
  });
});
