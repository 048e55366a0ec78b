import { expect } from '@open-wc/testing';
import {
  CHANGE_STEPS,
  NEW_STEPS,
  CHANGE_QUESTION_OF_STEP,
  PURCHASE_REF_MAX,
  changeField,
  checkCostCenter,
  checkPurchaseRef,
  checkStartDate,
  findProduct,
  isOffered,
  minimumQuantity,
  offeredOptions,
  parseQuantity,
  quantityProblem,
  quantityValue,
  questionOfField,
  isCadenceFixed,
  stepsFor,
  stepsOf,
  usageOf,
} from '../../src/model/rules.js';
import { UNREADABLE_QUANTITY, startWizard, type QuantityInput } from '../../src/model/draft.js';
import { changeContext, context, product, productOf, roomsProduct } from './fixtures.js';

describe('rules', () => {
  describe('stepsFor', () => {
    it('walks every step in new mode', () => {
      expect(stepsFor('new')).to.deep.equal(['product', 'quantity', 'payment', 'start-date', 'references', 'review']);
      expect(stepsFor('new')).to.equal(NEW_STEPS);
    });

    it('skips product and start date in change mode', () => {
      expect(stepsFor('change')).to.deep.equal(['quantity', 'payment', 'references', 'review']);
      expect(stepsFor('change')).to.equal(CHANGE_STEPS);
    });
  });

  describe('findProduct and usageOf', () => {
    it('finds a product by id, and nothing for null or an unknown id', () => {
      const ctx = context();
      expect(findProduct(ctx, 'rooms')?.name).to.equal('Team rooms');
      expect(findProduct(ctx, null)).to.equal(undefined);
      expect(findProduct(ctx, 'nope')).to.equal(undefined);
    });

    it('reads usage, defaulting to 0 for a product without an entry', () => {
      const ctx = context({ usage: { users: 12 } });
      expect(usageOf(ctx, 'users')).to.equal(12);
      expect(usageOf(ctx, 'rooms')).to.equal(0);
    });
  });

  describe('minimumQuantity', () => {
    it('is the usage when usage is above the product minimum', () => {
      const ctx = context({ usage: { users: 12 } });
      expect(minimumQuantity(productOf(ctx, 'users'), ctx)).to.equal(12);
    });

    it('is the product minimum when usage is below it', () => {
      const ctx = context({ usage: { users: 2 } });
      expect(minimumQuantity(productOf(ctx, 'users'), ctx)).to.equal(5);
    });

    it('is the product minimum when there is no usage entry', () => {
      const ctx = context({ usage: {} });
      expect(minimumQuantity(productOf(ctx, 'users'), ctx)).to.equal(5);
    });

    it('is the shared value when usage equals the minimum', () => {
      const ctx = context({ usage: { users: 5 } });
      expect(minimumQuantity(productOf(ctx, 'users'), ctx)).to.equal(5);
    });
  });

  describe('offeredOptions', () => {
    it('lists the product options in canonical cadence order, not listing order', () => {
      const ctx = context({
        products: [
          product({
            paymentOptions: [
              { cadence: 'prepay-5y' },
              { cadence: 'prepay-1y' },
              { cadence: 'monthly' },
              { cadence: 'prepay-3y' },
            ],
          }),
        ],
        usage: {},
      });
      const cadences = offeredOptions(productOf(ctx, 'users'), ctx).map((o) => o.cadence);
      expect(cadences).to.deep.equal(['monthly', 'prepay-1y', 'prepay-3y', 'prepay-5y']);
    });

    it('returns the product’s own option objects (with their prices)', () => {
      const ctx = context();
      const users = productOf(ctx, 'users');
      const monthly = users.paymentOptions.find((o) => o.cadence === 'monthly');
      expect(offeredOptions(users, ctx)[0]).to.equal(monthly);
    });

    it('offers every product option when there is no plan', () => {
      const ctx = context();
      expect(offeredOptions(productOf(ctx, 'users'), ctx).map((o) => o.cadence)).to.deep.equal([
        'monthly',
        'prepay-1y',
        'prepay-3y',
      ]);
    });

    it('in change mode keeps only the plan’s allowed cadences, still in canonical order', () => {
      const ctx = changeContext({ allowedCadences: ['prepay-3y', 'monthly'] });
      expect(offeredOptions(productOf(ctx, 'users'), ctx).map((o) => o.cadence)).to.deep.equal(['monthly', 'prepay-3y']);
    });

    it('in change mode does not offer an allowed cadence the product lacks', () => {
      const ctx = changeContext({ cadence: 'prepay-1y', allowedCadences: ['prepay-1y', 'prepay-4y'] });
      expect(offeredOptions(productOf(ctx, 'users'), ctx).map((o) => o.cadence)).to.deep.equal(['prepay-1y']);
    });

    it('isOffered follows offeredOptions and is false for null', () => {
      const ctx = changeContext({ cadence: 'prepay-1y', allowedCadences: ['prepay-1y'] });
      const users = productOf(ctx, 'users');
      expect(isOffered(users, ctx, 'prepay-1y')).to.equal(true);
      expect(isOffered(users, ctx, 'monthly')).to.equal(false); // product has it, plan does not allow it
      expect(isOffered(users, ctx, 'prepay-2y')).to.equal(false); // product lacks it
      expect(isOffered(users, ctx, null)).to.equal(false);
    });
  });

  describe('parseQuantity', () => {
    // users: min 5, max 500, usage 12 → the minimum is 12.
    const ctx = context();
    const users = productOf(ctx, 'users');
    const parse = (raw: string) => parseQuantity(raw, users, ctx);

    it('requires a value: empty or blank', () => {
      expect(parse('')).to.deep.equal({ ok: false, problem: { code: 'required' } });
      expect(parse('   ')).to.deep.equal({ ok: false, problem: { code: 'required' } });
      expect(parse('\t\n')).to.deep.equal({ ok: false, problem: { code: 'required' } });
    });

    it('refuses words, exponents, hex and trailing units as not a whole number', () => {
      for (const raw of ['abc', '1e3', '0x10', '12 users', '+12', '1 000', '12.', 'Infinity', 'NaN']) {
        expect(parse(raw), raw).to.deep.equal({ ok: false, problem: { code: 'not-whole-number' } });
      }
    });

    it('refuses a negative number as negative', () => {
      expect(parse('-1')).to.deep.equal({ ok: false, problem: { code: 'negative' } });
      expect(parse('-20')).to.deep.equal({ ok: false, problem: { code: 'negative' } });
    });

    it('refuses decimals with a point or a comma as a fraction', () => {
      expect(parse('1.5')).to.deep.equal({ ok: false, problem: { code: 'fraction' } });
      expect(parse('1,5')).to.deep.equal({ ok: false, problem: { code: 'fraction' } });
      expect(parse('20.0')).to.deep.equal({ ok: false, problem: { code: 'fraction' } });
      expect(parse('.5')).to.deep.equal({ ok: false, problem: { code: 'fraction' } });
    });

    it('refuses digits other than ASCII 0–9 with their own reason', () => {
      for (const raw of ['١٢', '１２', '१२', '۱۲', '1٢']) {
        expect(parse(raw), raw).to.deep.equal({ ok: false, problem: { code: 'not-ascii-digits' } });
      }
    });

    it('refuses 0 as below the minimum (here set by usage)', () => {
      expect(parse('0')).to.deep.equal({ ok: false, problem: { code: 'below-usage', min: 12, usage: 12 } });
    });

    it('refuses a huge number as above the maximum', () => {
      expect(parse('10000000000000000')).to.deep.equal({ ok: false, problem: { code: 'above-maximum', max: 500 } });
      expect(parse('9'.repeat(400))).to.deep.equal({ ok: false, problem: { code: 'above-maximum', max: 500 } });
    });

    it('trims surrounding whitespace and accepts the number', () => {
      expect(parse(' 15 ')).to.deep.equal({ ok: true, value: 15 });
      expect(parse('\t40\n')).to.deep.equal({ ok: true, value: 40 });
    });

    it('returns the value as a number', () => {
      expect(parse('15')).to.deep.equal({ ok: true, value: 15 });
    });

    it('refuses leading zeros (what a number field keeps of "0x10"), but not a lone 0 as such', () => {
      expect(parse('015')).to.deep.equal({ ok: false, problem: { code: 'leading-zero' } });
      expect(parse('010')).to.deep.equal({ ok: false, problem: { code: 'leading-zero' } });
      expect(parse('0')).to.deep.equal({ ok: false, problem: { code: 'below-usage', min: 12, usage: 12 } });
    });

    it('refuses below usage with code below-usage, naming minimum and usage', () => {
      expect(parse('11')).to.deep.equal({ ok: false, problem: { code: 'below-usage', min: 12, usage: 12 } });
      expect(parse('5')).to.deep.equal({ ok: false, problem: { code: 'below-usage', min: 12, usage: 12 } });
    });

    it('accepts exactly the usage-based minimum', () => {
      expect(parse('12')).to.deep.equal({ ok: true, value: 12 });
    });

    it('refuses below the product minimum with code below-minimum when usage is lower', () => {
      const low = context({ usage: { users: 3 } });
      const p = productOf(low, 'users');
      expect(parseQuantity('4', p, low)).to.deep.equal({ ok: false, problem: { code: 'below-minimum', min: 5 } });
      expect(parseQuantity('0', p, low)).to.deep.equal({ ok: false, problem: { code: 'below-minimum', min: 5 } });
    });

    it('uses below-minimum (not below-usage) when usage equals the product minimum', () => {
      const same = context({ usage: { users: 5 } });
      expect(parseQuantity('4', productOf(same, 'users'), same)).to.deep.equal({
        ok: false,
        problem: { code: 'below-minimum', min: 5 },
      });
    });

    it('accepts exactly the product minimum', () => {
      const low = context({ usage: {} });
      expect(parseQuantity('5', productOf(low, 'users'), low)).to.deep.equal({ ok: true, value: 5 });
    });

    it('accepts exactly the maximum and refuses one more', () => {
      expect(parse('500')).to.deep.equal({ ok: true, value: 500 });
      expect(parse('501')).to.deep.equal({ ok: false, problem: { code: 'above-maximum', max: 500 } });
    });

    it('uses the given product’s own limits', () => {
      const rooms = roomsProduct({ minQuantity: 2, maxQuantity: 10 });
      const c = context({ products: [rooms], usage: {} });
      expect(parseQuantity('1', rooms, c)).to.deep.equal({ ok: false, problem: { code: 'below-minimum', min: 2 } });
      expect(parseQuantity('11', rooms, c)).to.deep.equal({ ok: false, problem: { code: 'above-maximum', max: 10 } });
      expect(parseQuantity('10', rooms, c)).to.deep.equal({ ok: true, value: 10 });
    });
  });

  describe('quantity input matrix (the model owns it; the elements test one case per path)', () => {
    // users: min 5, max 500, usage 12 → the minimum is 12. `value` is what quantityValue reads, before the limits.
    const ctx = context();
    const users = productOf(ctx, 'users');
    const cases: { input: QuantityInput; problem: object | null; value: number | null }[] = [
      { input: '', problem: { code: 'required' }, value: null },
      { input: '   ', problem: { code: 'required' }, value: null },
      { input: '1e3', problem: { code: 'not-whole-number' }, value: null },
      { input: '0x10', problem: { code: 'not-whole-number' }, value: null },
      { input: '010', problem: { code: 'leading-zero' }, value: null },
      { input: '1.5', problem: { code: 'fraction' }, value: null },
      { input: '1,5', problem: { code: 'fraction' }, value: null },
      { input: '-3', problem: { code: 'negative' }, value: null },
      { input: '١٢', problem: { code: 'not-ascii-digits' }, value: null },
      { input: ' 12 users', problem: { code: 'not-whole-number' }, value: null },
      { input: UNREADABLE_QUANTITY, problem: { code: 'not-whole-number' }, value: null },
      { input: '11', problem: { code: 'below-usage', min: 12, usage: 12 }, value: 11 },
      { input: '501', problem: { code: 'above-maximum', max: 500 }, value: 501 },
      { input: '0', problem: { code: 'below-usage', min: 12, usage: 12 }, value: 0 },
      { input: ' 40 ', problem: null, value: 40 },
      { input: '12', problem: null, value: 12 },
    ];
    for (const { input, problem, value } of cases) {
      it(`${JSON.stringify(input)}: ${problem ? JSON.stringify(problem) : 'ok'}, read as ${value}`, () => {
        expect(quantityProblem(input, users, ctx)).to.deep.equal(problem);
        expect(quantityValue({ quantity: input })).to.equal(value);
      });
    }

    it('below the product minimum (usage lower) is below-minimum', () => {
      const low = context({ usage: { users: 3 } });
      expect(quantityProblem('4', productOf(low, 'users'), low)).to.deep.equal({ code: 'below-minimum', min: 5 });
      expect(quantityValue({ quantity: '4' })).to.equal(4);
    });

    it('an old stored mark is only text: U+2047 is not a number', () => {
      expect(quantityProblem('\u2047', users, ctx)).to.deep.equal({ code: 'not-whole-number' });
    });
  });

  describe('change questions', () => {
    it('asks one question on each editable step of change mode, and none elsewhere', () => {
      expect(CHANGE_QUESTION_OF_STEP).to.deep.equal({ quantity: 'quantity', payment: 'payment', references: 'references' });
      expect(CHANGE_QUESTION_OF_STEP['start-date']).to.equal(undefined);
      expect(CHANGE_QUESTION_OF_STEP.review).to.equal(undefined);
    });

    it('names the field of each question, and reads the question back from it', () => {
      for (const question of ['quantity', 'payment', 'references'] as const) {
        expect(changeField(question)).to.equal(`change-${question}`);
        expect(questionOfField(changeField(question))).to.equal(question);
      }
    });
  });

  describe('checkCostCenter', () => {
    it('requires one of the customer’s cost centers when there are any', () => {
      const ctx = context();
      expect(checkCostCenter(null, ctx)).to.deep.equal({ code: 'required' });
      expect(checkCostCenter('cc-gone', ctx)).to.deep.equal({ code: 'required' });
      expect(checkCostCenter('cc-2', ctx)).to.equal(null);
    });

    it('requires none when the customer has no cost centers', () => {
      expect(checkCostCenter(null, context({ costCenters: [], defaultCostCenterId: null }))).to.equal(null);
    });
  });

  describe('checkStartDate', () => {
    // earliest 2026-10-01, latest 2027-01-31
    const ctx = context();
    const outside = { code: 'date-outside', earliest: '2026-10-01', latest: '2027-01-31' };

    it('requires a date', () => {
      expect(checkStartDate('', ctx)).to.deep.equal({ code: 'required' });
    });

    it('refuses an impossible or malformed date', () => {
      expect(checkStartDate('2026-11-31', ctx)).to.deep.equal({ code: 'not-a-date' });
      expect(checkStartDate('2027-02-29', ctx)).to.deep.equal({ code: 'not-a-date' });
      expect(checkStartDate('2026-1-01', ctx)).to.deep.equal({ code: 'not-a-date' });
      expect(checkStartDate('tomorrow', ctx)).to.deep.equal({ code: 'not-a-date' });
    });

    it('refuses a date before the earliest, naming the window', () => {
      expect(checkStartDate('2026-09-30', ctx)).to.deep.equal(outside);
    });

    it('refuses a date after the latest, naming the window', () => {
      expect(checkStartDate('2027-02-01', ctx)).to.deep.equal(outside);
      expect(checkStartDate('2028-01-01', ctx)).to.deep.equal(outside);
    });

    it('accepts both boundaries and a date between them', () => {
      expect(checkStartDate('2026-10-01', ctx)).to.equal(null);
      expect(checkStartDate('2027-01-31', ctx)).to.equal(null);
      expect(checkStartDate('2026-12-24', ctx)).to.equal(null);
    });
  });

  describe('checkPurchaseRef', () => {
    it('allows an empty reference', () => {
      expect(checkPurchaseRef('')).to.equal(null);
    });

    it(`allows exactly ${PURCHASE_REF_MAX} characters`, () => {
      expect(PURCHASE_REF_MAX).to.equal(100);
      expect(checkPurchaseRef('x'.repeat(100))).to.equal(null);
    });

    it('refuses 101 characters, naming the maximum', () => {
      expect(checkPurchaseRef('x'.repeat(101))).to.deep.equal({ code: 'too-long', max: 100 });
    });

    it('does not count surrounding spaces (they are trimmed from the order)', () => {
      expect(checkPurchaseRef(`  ${'x'.repeat(100)}  `)).to.equal(null);
    });

    it('allows a reference of only spaces', () => {
      expect(checkPurchaseRef('   ')).to.equal(null);
      expect(checkPurchaseRef(' '.repeat(150))).to.equal(null);
    });

    it('refuses control characters anywhere', () => {
      for (const value of ['PO\u0007', 'PO\n7', '\tPO-7', 'PO-7\r', 'PO\u0000', 'PO\u001b[0m', 'PO\u007f', 'PO\u0085']) {
        expect(checkPurchaseRef(value), JSON.stringify(value)).to.deep.equal({ code: 'control-characters' });
      }
    });

    it('allows ordinary punctuation and non-ASCII letters', () => {
      expect(checkPurchaseRef('PO-2026/17 (Ærø) #4 – øst')).to.equal(null);
    });
  });

  describe('the steps of an order: a change order skips Payment when the cadence cannot change', () => {
    it('skips Payment when the plan may only keep its cadence', () => {
      const ctx = changeContext({ allowedCadences: ['monthly'] });
      expect(isCadenceFixed(ctx)).to.equal(true);
      expect(stepsOf('change', ctx)).to.deep.equal(['quantity', 'references', 'review']);
      expect(startWizard(ctx, 'change', 'key').steps, 'the wizard starts with that list').to.deep.equal([
        'quantity',
        'references',
        'review',
      ]);
    });

    it('skips it too when the product offers none of the other allowed cadences', () => {
      expect(isCadenceFixed(changeContext({ allowedCadences: ['monthly', 'prepay-5y'] }))).to.equal(true);
    });

    it('keeps Payment when another cadence is allowed and offered', () => {
      const ctx = changeContext({ allowedCadences: ['monthly', 'prepay-1y'] });
      expect(isCadenceFixed(ctx)).to.equal(false);
      expect(stepsOf('change', ctx)).to.equal(CHANGE_STEPS);
    });

    it('never changes the steps of a new order', () => {
      expect(isCadenceFixed(context())).to.equal(false);
      expect(stepsOf('new', changeContext({ allowedCadences: ['monthly'] }))).to.equal(NEW_STEPS);
    });
  });
});
