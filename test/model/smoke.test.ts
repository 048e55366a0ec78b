import { expect } from '@open-wc/testing';
import { parseQuantity } from '../../src/model/rules.js';
import { OrderContextSchema } from '../../src/model/schemas.js';

const ctx = OrderContextSchema.parse({
  customer: { id: 'c', name: 'C' },
  products: [{ id: 'p', name: 'P', unit: 'user', consumerTab: 'users', minQuantity: 5, maxQuantity: 100, paymentOptions: [{ cadence: 'monthly' }] }],
  usage: { p: 12 }, costCenters: [], defaultCostCenterId: null,
  startDate: { earliest: '2026-10-01', latest: '2027-01-31', default: '2026-11-26' }, plan: null,
});

it('smoke', () => {
  expect(parseQuantity('11', ctx.products[0], ctx)).to.deep.equal({ ok: false, problem: { code: 'below-usage', min: 12, usage: 12 } });
});
