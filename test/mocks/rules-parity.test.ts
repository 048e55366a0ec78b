/**
 * The wizard and the fake backend decide the cost-center rule and the "no change" rule with the same
 * model functions. These cases pin both sides to the same answers, so neither can drift alone.
 */
import { expect } from '@open-wc/testing';
import { FakeBackend, MOCK_DATA, type MockData } from '../../src/mocks/index.js';
import { checkStep, edit, startWizard, toOrder, type Draft } from '../../src/model/draft.js';
import { changesPlan, checkCostCenter } from '../../src/model/rules.js';
import { OrderContextSchema, type OrderContext } from '../../src/model/schemas.js';
import { TODAY } from './order-helpers.js';

/** The mock data with plan-acme-1's reference stored with white space around it, as an old import might have. */
const PADDED_REF: MockData = {
  ...MOCK_DATA,
  plans: MOCK_DATA.plans.map((p) => (p.id === 'plan-acme-1' ? { ...p, purchaseRef: '  PO-2024-0117 ' } : p)),
};

function loaded(backend: FakeBackend, customerId: string, mode: 'new' | 'change', planId?: string): OrderContext {
  const result = backend.context(customerId, mode, planId);
  if (result.status !== 200) throw new Error(`no context for ${customerId}`);
  return OrderContextSchema.parse(result.body);
}

/** What each side says of one draft: does it change the plan, and is its cost center acceptable. */
function verdicts(backend: FakeBackend, ctx: OrderContext, customerId: string, patch: Partial<Draft>) {
  const mode = ctx.plan ? 'change' : 'new';
  let state = startWizard(ctx, mode, 'parity-key');
  const answers = { quantity: true, payment: true, references: true };
  state = edit(
    state,
    ctx,
    mode === 'change' ? { change: answers, purchaserConfirmed: true, ...patch } : { purchaserConfirmed: true, ...patch },
  );
  const result = backend.validate(toOrder(state, ctx, customerId));
  const serverFields = result.ok ? [] : result.errors.map((e) => e.field);
  return {
    wizard: {
      noChange: checkStep('review', state, ctx).form?.code === 'no-change',
      costCenterRefused: checkStep('references', state, ctx).costCenterId !== undefined,
    },
    server: {
      noChange: serverFields.includes(null),
      costCenterRefused: serverFields.includes('costCenterId'),
    },
  };
}

describe('Wizard and fake backend agree', () => {
  describe('on the "no change" rule', () => {
    const cases: { name: string; data?: MockData; patch: Partial<Draft>; noChange: boolean }[] = [
      { name: 'the plan as it is', patch: {}, noChange: true },
      { name: 'only white space added around the reference', patch: { purchaseRef: '  PO-2024-0117  ' }, noChange: true },
      { name: 'a stored reference with white space around it, sent trimmed', data: PADDED_REF, patch: {}, noChange: true },
      { name: 'a new quantity', patch: { quantity: '60' }, noChange: false },
      { name: 'a new cadence', patch: { cadence: 'prepay-1y' }, noChange: false },
      { name: 'a new cost center', patch: { costCenterId: 'cc-eng' }, noChange: false },
      { name: 'a new reference', patch: { purchaseRef: 'PO-2026-9' }, noChange: false },
    ];
    for (const { name, data, patch, noChange } of cases) {
      it(`${name}: ${noChange ? 'no change' : 'a change'} on both sides`, () => {
        const backend = new FakeBackend({ today: TODAY, data });
        const ctx = loaded(backend, 'acme', 'change', 'plan-acme-1');
        const { wizard, server } = verdicts(backend, ctx, 'acme', patch);
        expect(wizard.noChange, 'wizard').to.equal(noChange);
        expect(server.noChange, 'server').to.equal(noChange);
      });
    }
  });

  describe('on the cost-center rule', () => {
    const cases: { name: string; customerId: string; costCenterId: string | null; refused: boolean }[] = [
      { name: "one of the customer's cost centers", customerId: 'acme', costCenterId: 'cc-sales', refused: false },
      { name: 'none, when the customer has some', customerId: 'acme', costCenterId: null, refused: true },
      { name: "another customer's cost center", customerId: 'acme', costCenterId: 'gx-100', refused: true },
      { name: 'none, when the customer has none', customerId: 'initech', costCenterId: null, refused: false },
      { name: 'none yet, when no default is set', customerId: 'globex', costCenterId: null, refused: true },
    ];
    for (const { name, customerId, costCenterId, refused } of cases) {
      it(`${name}: ${refused ? 'refused' : 'accepted'} on both sides`, () => {
        const backend = new FakeBackend({ today: TODAY });
        const ctx = loaded(backend, customerId, 'new');
        const productId = ctx.products[0].id;
        const { wizard, server } = verdicts(backend, ctx, customerId, { productId, costCenterId });
        expect(wizard.costCenterRefused, 'wizard').to.equal(refused);
        expect(server.costCenterRefused, 'server').to.equal(refused);
      });
    }
  });

  it('the model rules answer these cases directly', () => {
    const backend = new FakeBackend({ today: TODAY });
    const acme = loaded(backend, 'acme', 'change', 'plan-acme-1');
    const initech = loaded(backend, 'initech', 'new');
    expect(checkCostCenter('cc-it', acme)).to.equal(null);
    expect(checkCostCenter(null, acme)).to.deep.equal({ code: 'required' });
    expect(checkCostCenter(null, initech)).to.equal(null);
    const plan = { ...acme.plan!, purchaseRef: ' PO-1 ' };
    const terms = { quantity: plan.quantity, cadence: plan.cadence, costCenterId: plan.costCenterId, purchaseRef: 'PO-1' };
    expect(changesPlan(terms, plan)).to.equal(false);
    expect(changesPlan({ ...terms, quantity: plan.quantity + 1 }, plan)).to.equal(true);
    expect(changesPlan({ ...terms, quantity: null }, plan)).to.equal(true);
  });
});
