import { expect } from '@open-wc/testing';
import { FakeBackend, MOCK_DATA, PLANS, quote, type SubmitResponse } from '../../src/mocks/index.js';
import { localToday } from '../../src/model/dates.js';
import {
  OrderConfirmationSchema,
  OrderContextSchema,
  ValidationResultSchema,
  type OrderContext,
  type ValidationResult,
} from '../../src/model/schemas.js';
import { changeOrder, newOrder, TODAY } from './order-helpers.js';

function contextOf(backend: FakeBackend, customerId: string, mode = 'new', planId?: string): OrderContext {
  const result = backend.context(customerId, mode, planId);
  expect(result.status).to.equal(200);
  return OrderContextSchema.parse(result.body);
}

function errorsOf(result: ValidationResult) {
  if (result.ok) throw new Error('expected the order to be refused');
  return result.errors;
}

const fieldsOf = (result: ValidationResult) => errorsOf(result).map((e) => e.field);

function confirmed(result: SubmitResponse) {
  expect(result.status, JSON.stringify(result.body)).to.equal(201);
  return OrderConfirmationSchema.parse(result.body);
}

describe('FakeBackend', () => {
  let backend: FakeBackend;
  beforeEach(() => {
    backend = new FakeBackend({ today: TODAY });
  });

  describe('construction', () => {
    it('uses the local date when no today is given', () => {
      expect(new FakeBackend().today).to.equal(localToday());
    });

    it('refuses a today that is not a real date', () => {
      expect(() => new FakeBackend({ today: '2026-02-30' })).to.throw(RangeError);
    });

    it('works on its own copy of the data', () => {
      const other = new FakeBackend({ today: TODAY });
      confirmed(backend.submit(changeOrder({ quantity: 70 }), 'copy-1'));
      expect(backend.plans('acme').find((p) => p.id === 'plan-acme-1')!.quantity).to.equal(70);
      expect(other.plans('acme').find((p) => p.id === 'plan-acme-1')!.quantity).to.equal(50);
      expect(PLANS.find((p) => p.id === 'plan-acme-1')!.quantity).to.equal(50);
      expect(other.orders).to.have.length(0);
    });
  });

  describe('the mock data', () => {
    it('has a product at acme whose usage is above its minimum', () => {
      const ctx = contextOf(backend, 'acme');
      expect(ctx.products.some((p) => (ctx.usage[p.id] ?? 0) > p.minQuantity)).to.equal(true);
    });

    it('gives every customer a context that satisfies the contract, in both modes', () => {
      for (const customer of backend.customers()) {
        contextOf(backend, customer.id, 'new');
        for (const plan of backend.plans(customer.id)) contextOf(backend, customer.id, 'change', plan.id);
      }
    });

    it('has plans whose quantity covers usage and whose cadence is among their allowed ones', () => {
      for (const plan of MOCK_DATA.plans) {
        const customer = MOCK_DATA.customers.find((c) => c.id === plan.customerId)!;
        expect(plan.quantity, plan.id).to.be.at.least(customer.usage[plan.productId] ?? 0);
        expect(plan.allowedCadences, plan.id).to.include(plan.cadence);
      }
    });

    it('does not sell every cadence for every product', () => {
      expect(MOCK_DATA.products.some((p) => p.paymentOptions.length < 6)).to.equal(true);
      expect(MOCK_DATA.products.find((p) => p.id === 'connect-zoom-rooms')!.paymentOptions.map((o) => o.cadence)).not.to.include(
        'monthly',
      );
    });
  });

  describe('context', () => {
    it('answers 404 for an unknown customer', () => {
      const result = backend.context('nobody', 'new');
      expect(result.status).to.equal(404);
      expect((result.body as { message: string }).message).to.contain('nobody');
    });

    it('answers 404 for an unknown plan', () => {
      expect(backend.context('acme', 'change', 'plan-acme-99').status).to.equal(404);
    });

    it("answers 404 for another customer's plan", () => {
      expect(backend.context('acme', 'change', 'plan-globex-1').status).to.equal(404);
    });

    it('answers 400 for change mode without a plan id', () => {
      expect(backend.context('acme', 'change').status).to.equal(400);
    });

    it('answers 400 for an unknown mode', () => {
      expect(backend.context('acme', 'renew').status).to.equal(400);
    });

    it("lists the customer's products, usage and cost centers", () => {
      const ctx = contextOf(backend, 'acme');
      expect(ctx.customer).to.deep.equal({ id: 'acme', name: 'Acme Corporation' });
      expect(ctx.products).to.have.length(7);
      expect(ctx.usage['connect-standard-microsoft']).to.equal(42);
      expect(ctx.defaultCostCenterId).to.equal('cc-it');
      expect(ctx.plan).to.equal(null);
    });

    it('covers cost centers without a default and no cost centers at all', () => {
      const globex = contextOf(backend, 'globex');
      expect(globex.costCenters.length).to.be.greaterThan(0);
      expect(globex.defaultCostCenterId).to.equal(null);
      const initech = contextOf(backend, 'initech');
      expect(initech.costCenters).to.deep.equal([]);
      expect(initech.defaultCostCenterId).to.equal(null);
    });

    it('opens the start date window on the first of the previous month and closes it three months ahead', () => {
      expect(contextOf(backend, 'acme').startDate).to.deep.equal({
        earliest: '2026-10-01',
        latest: '2027-02-26',
        default: TODAY,
      });
    });

    it('crosses the year boundary and clamps to the end of a short month', () => {
      expect(new FakeBackend({ today: '2026-01-15' }).startDateWindow).to.deep.equal({
        earliest: '2025-12-01',
        latest: '2026-04-15',
        default: '2026-01-15',
      });
      expect(new FakeBackend({ today: '2026-11-30' }).startDateWindow.latest).to.equal('2027-02-28');
    });

    it('includes the plan in change mode', () => {
      const ctx = contextOf(backend, 'acme', 'change', 'plan-acme-2');
      expect(ctx.plan).to.deep.equal({
        id: 'plan-acme-2',
        productId: 'connect-teams-rooms',
        quantity: 10,
        cadence: 'prepay-1y',
        allowedCadences: ['prepay-1y', 'prepay-3y', 'prepay-5y'],
        costCenterId: 'cc-eng',
        purchaseRef: 'PO-2025-0042',
        startDate: '2025-06-01',
        version: '1',
      });
    });

    it('sends prices per license per month in minor units', () => {
      const essentials = contextOf(backend, 'acme').products.find((p) => p.id === 'connect-essentials')!;
      expect(essentials.paymentOptions.find((o) => o.cadence === 'monthly')!.unitPrice).to.deep.equal({
        amountMinor: 450,
        currency: 'EUR',
      });
    });

    it('leaves the prices out when pricing is withheld', () => {
      backend.scenario = { pricingWithheld: true };
      const ctx = contextOf(backend, 'acme');
      for (const option of ctx.products.flatMap((p) => p.paymentOptions)) expect(option).not.to.have.property('unitPrice');
    });

    it('breaks the contract in the malformed-context scenario', () => {
      backend.scenario = { malformedContext: true };
      const result = backend.context('acme', 'new');
      expect(result.status).to.equal(200);
      const parsed = OrderContextSchema.safeParse(result.body);
      expect(parsed.success).to.equal(false);
      expect(parsed.error!.issues[0].path).to.include('maxQuantity');
    });
  });

  describe('validate', () => {
    it('prices a prepaid order for the whole term', () => {
      const backendAt = new FakeBackend({ today: TODAY, now: () => Date.parse('2026-11-26T10:00:00Z') });
      const result = backendAt.validate(newOrder());
      const total = { amountMinor: 547200, currency: 'EUR' };
      expect(ValidationResultSchema.parse(result)).to.deep.equal({
        ok: true,
        quote: {
          id: 'Q-1',
          expiresAt: '2026-11-26T10:15:00.000Z',
          lines: [{ label: '40 × Connect Essentials, 3-year prepay', amount: total }],
          total,
          billing: { amount: total, interval: 'year', intervalCount: 3 },
          firstInvoice: total,
          firstInvoicePeriod: { start: '2026-11-26', end: '2029-11-25' },
          nextInvoiceDate: '2029-11-26',
          taxIncluded: false,
        },
      });
    });

    it('bills a monthly order pro rata for the rest of the start month', () => {
      // 50 × 12.50 = 625.00 a month; 26–30 November is 5 of 30 days: 104.1666… → 104.17
      const result = backend.validate(newOrder({ productId: 'connect-standard-microsoft', quantity: 50, cadence: 'monthly' }));
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      expect(result.quote!.total).to.deep.equal({ amountMinor: 62500, currency: 'EUR' });
      expect(result.quote!.lines[0].label).to.equal('50 × Connect Standard for Microsoft, monthly');
      expect(result.quote!.firstInvoice).to.deep.equal({ amountMinor: 10417, currency: 'EUR' });
    });

    it('bills a whole month for a monthly order starting on the first', () => {
      const result = backend.validate(
        newOrder({ productId: 'fullhd-add-on', quantity: 4, cadence: 'monthly', startDate: '2026-12-01' }),
      );
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      expect(result.quote!.firstInvoice).to.deep.equal({ amountMinor: 1200, currency: 'EUR' });
    });

    it('bills one day of a 31-day month for a start on its last day', () => {
      const q = quote(
        newOrder({ quantity: 31, cadence: 'monthly' }),
        MOCK_DATA.products.find((p) => p.id === 'connect-essentials')!,
        '2026-12-31',
      );
      // 31 × 4.50 = 139.50 a month; 1/31 of it is 4.50
      expect(q!.firstInvoice).to.deep.equal({ amountMinor: 450, currency: 'EUR' });
    });

    it('prices a change from today', () => {
      const result = backend.validate(changeOrder({ quantity: 60 }));
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      // 60 × 12.50 = 750.00; 5 of 30 days of November
      expect(result.quote!.firstInvoice).to.deep.equal({ amountMinor: 12500, currency: 'EUR' });
    });

    it('returns no quote when pricing is withheld', () => {
      backend.scenario = { pricingWithheld: true };
      expect(backend.validate(newOrder())).to.deep.equal({ ok: true, quote: null });
    });

    it('refuses a quantity below the usage, naming the usage', () => {
      const result = backend.validate(newOrder({ productId: 'connect-standard-microsoft', quantity: 41, cadence: 'monthly' }));
      expect(errorsOf(result)).to.have.length(1);
      expect(errorsOf(result)[0].field).to.equal('quantity');
      expect(errorsOf(result)[0].message).to.contain('42');
      expect(
        backend.validate(newOrder({ productId: 'connect-standard-microsoft', quantity: 42, cadence: 'monthly' })).ok,
      ).to.equal(true);
    });

    it("refuses a quantity below the product's minimum", () => {
      const result = backend.validate(newOrder({ quantity: 9 }));
      expect(fieldsOf(result)).to.deep.equal(['quantity']);
      expect(errorsOf(result)[0].message).to.contain('at least 10');
    });

    it("refuses a quantity above the product's maximum", () => {
      expect(fieldsOf(backend.validate(newOrder({ quantity: 2001 })))).to.deep.equal(['quantity']);
      expect(backend.validate(newOrder({ quantity: 2000 })).ok).to.equal(true);
    });

    it('refuses a cadence the product is not sold with', () => {
      const result = backend.validate(newOrder({ productId: 'fullhd-add-on', quantity: 3, cadence: 'prepay-1y' }));
      expect(fieldsOf(result)).to.deep.equal(['cadence']);
      expect(errorsOf(result)[0].message).to.contain('1-year prepay');
    });

    it('refuses a start date outside the window and accepts its edges', () => {
      expect(fieldsOf(backend.validate(newOrder({ startDate: '2026-09-30' })))).to.deep.equal(['startDate']);
      expect(fieldsOf(backend.validate(newOrder({ startDate: '2027-02-27' })))).to.deep.equal(['startDate']);
      expect(backend.validate(newOrder({ startDate: '2026-10-01' })).ok).to.equal(true);
      expect(backend.validate(newOrder({ startDate: '2027-02-26' })).ok).to.equal(true);
    });

    it('requires a start date for a new plan', () => {
      expect(fieldsOf(backend.validate(newOrder({ startDate: undefined })))).to.deep.equal(['startDate']);
    });

    it('requires one of the cost centers when the customer has some', () => {
      expect(fieldsOf(backend.validate(newOrder({ costCenterId: null })))).to.deep.equal(['costCenterId']);
      expect(fieldsOf(backend.validate(newOrder({ costCenterId: 'gx-100' })))).to.deep.equal(['costCenterId']);
      const globex = newOrder({ customerId: 'globex', costCenterId: null });
      expect(fieldsOf(backend.validate(globex))).to.deep.equal(['costCenterId']);
      expect(backend.validate({ ...globex, costCenterId: 'gx-300' }).ok).to.equal(true);
    });

    it('takes no cost center from a customer that has none', () => {
      expect(backend.validate(newOrder({ customerId: 'initech', costCenterId: null })).ok).to.equal(true);
      expect(fieldsOf(backend.validate(newOrder({ customerId: 'initech', costCenterId: 'cc-it' })))).to.deep.equal([
        'costCenterId',
      ]);
    });

    it('refuses a purchase reference that is too long or holds control characters', () => {
      expect(fieldsOf(backend.validate(newOrder({ purchaseRef: 'x'.repeat(101) })))).to.deep.equal(['purchaseRef']);
      expect(fieldsOf(backend.validate(newOrder({ purchaseRef: 'PO\n1' })))).to.deep.equal(['purchaseRef']);
      expect(backend.validate(newOrder({ purchaseRef: 'x'.repeat(100) })).ok).to.equal(true);
    });

    it('refuses an unknown customer and a product the customer cannot order', () => {
      expect(fieldsOf(backend.validate(newOrder({ customerId: 'nobody' })))).to.deep.equal(['customerId']);
      expect(
        fieldsOf(
          backend.validate(
            newOrder({
              customerId: 'initech',
              costCenterId: null,
              productId: 'connect-teams-rooms',
              quantity: 2,
              cadence: 'monthly',
            }),
          ),
        ),
      ).to.deep.equal(['productId']);
    });

    it('reports every problem of an order at once', () => {
      const result = backend.validate(newOrder({ quantity: 5000, startDate: '2020-01-01', costCenterId: null }));
      expect(fieldsOf(result)).to.have.members(['quantity', 'startDate', 'costCenterId']);
    });

    it('does not need the purchaser confirmation to price an order', () => {
      expect(backend.validate(newOrder({ purchaserConfirmed: false })).ok).to.equal(true);
    });

    it('turns a body that breaks the order schema into field errors, and validateRequest into a 422', () => {
      const bad = { ...newOrder(), quantity: '40' };
      expect(fieldsOf(backend.validate(bad))).to.deep.equal(['quantity']);
      const response = backend.validateRequest(bad);
      expect(response.status).to.equal(422);
      expect(response.body).to.have.property('errors').with.length(1);
      expect(backend.validateRequest(newOrder()).status).to.equal(200);
      expect(backend.validateRequest(null).status).to.equal(422);
    });

    describe('in change mode', () => {
      it('accepts a change and refuses a quantity below the usage', () => {
        expect(backend.validate(changeOrder()).ok).to.equal(true);
        expect(fieldsOf(backend.validate(changeOrder({ quantity: 41 })))).to.deep.equal(['quantity']);
      });

      it("refuses a cadence outside the plan's allowed conversions, even one the product is sold with", () => {
        const order = changeOrder({
          planId: 'plan-acme-2',
          productId: 'connect-teams-rooms',
          quantity: 10,
          cadence: 'monthly',
          costCenterId: 'cc-eng',
          purchaseRef: 'PO-2025-0042',
        });
        const result = backend.validate(order);
        expect(fieldsOf(result)).to.deep.equal(['cadence']);
        expect(errorsOf(result)[0].message).to.contain('plan-acme-2');
        expect(backend.validate({ ...order, cadence: 'prepay-5y' }).ok).to.equal(true);
      });

      it('refuses a start date', () => {
        expect(fieldsOf(backend.validate(changeOrder({ startDate: TODAY })))).to.deep.equal(['startDate']);
      });

      it('refuses an order that changes nothing', () => {
        expect(fieldsOf(backend.validate(changeOrder({ quantity: 50 })))).to.deep.equal([null]);
      });

      it("refuses a change of the plan's product", () => {
        expect(fieldsOf(backend.validate(changeOrder({ productId: 'connect-essentials', cadence: 'monthly' })))).to.deep.equal([
          'productId',
        ]);
      });

      it('refuses a missing, unknown or foreign plan', () => {
        expect(fieldsOf(backend.validate(changeOrder({ planId: undefined })))).to.deep.equal(['planId']);
        expect(fieldsOf(backend.validate(changeOrder({ planId: 'plan-acme-99' })))).to.deep.equal(['planId']);
        expect(fieldsOf(backend.validate(changeOrder({ planId: 'plan-globex-1' })))).to.deep.equal(['planId']);
      });

      it('refuses a plan id on a new order', () => {
        expect(fieldsOf(backend.validate(newOrder({ planId: 'plan-acme-1' })))).to.deep.equal(['planId']);
      });
    });
  });

  describe('submit', () => {
    it('confirms an order and keeps it', () => {
      const confirmation = confirmed(backend.submit(newOrder(), 'k1'));
      expect(confirmation.confirmationEmail).to.equal('purchasing@acme.example');
      expect(confirmation.effectiveDate).to.equal(TODAY);
      expect(backend.orders).to.have.length(1);
      expect(backend.orders[0].orderId).to.equal(confirmation.orderId);
      expect(backend.orders[0].order.productId).to.equal('connect-essentials');
    });

    it('adds a plan for a new order', () => {
      const before = backend.plans('acme').length;
      confirmed(backend.submit(newOrder(), 'k1'));
      const plans = backend.plans('acme');
      expect(plans).to.have.length(before + 1);
      const added = plans.find((p) => p.id === backend.orders[0].planId)!;
      expect(added).to.include({ productId: 'connect-essentials', quantity: 40, cadence: 'prepay-3y', startDate: TODAY });
      contextOf(backend, 'acme', 'change', added.id);
    });

    it('returns the first confirmation for a repeated idempotency key and stores one order', () => {
      const first = confirmed(backend.submit(newOrder(), 'same-key'));
      const plansAfterFirst = backend.plans('acme').length;
      const second = confirmed(backend.submit(newOrder({ quantity: 80 }), 'same-key'));
      expect(second).to.deep.equal(first);
      expect(backend.orders).to.have.length(1);
      expect(backend.orders[0].order.quantity).to.equal(40);
      expect(backend.plans('acme')).to.have.length(plansAfterFirst);
    });

    it('gives different keys different orders', () => {
      const a = confirmed(backend.submit(newOrder(), 'a'));
      const b = confirmed(backend.submit(newOrder(), 'b'));
      expect(a.orderId).not.to.equal(b.orderId);
      expect(backend.orders).to.have.length(2);
    });

    it('refuses an invalid order with 422 and the same field errors as validate', () => {
      const bad = newOrder({ quantity: 9 });
      const result = backend.submit(bad, 'k1');
      expect(result.status).to.equal(422);
      expect(result.body).to.deep.equal({ errors: errorsOf(backend.validate(bad)) });
      expect(backend.orders).to.have.length(0);
    });

    it('requires the purchaser confirmation', () => {
      const result = backend.submit(newOrder({ purchaserConfirmed: false }), 'k1');
      expect(result.status).to.equal(422);
      expect((result.body as { errors: { field: string }[] }).errors.map((e) => e.field)).to.deep.equal(['purchaserConfirmed']);
    });

    it('requires an idempotency key', () => {
      expect(backend.submit(newOrder(), '').status).to.equal(400);
      expect(backend.submit(newOrder(), null).status).to.equal(400);
    });

    it('does not spend a key on a refused order', () => {
      expect(backend.submit(newOrder({ quantity: 9 }), 'k1').status).to.equal(422);
      expect(confirmed(backend.submit(newOrder(), 'k1')).orderId).to.be.a('string');
    });

    it('fails with 500 and stores nothing in the failing-submit scenario', () => {
      backend.scenario = { failSubmit: true };
      const result = backend.submit(newOrder(), 'k1');
      expect(result.status).to.equal(500);
      expect(result.body).to.have.property('message');
      expect(backend.orders).to.have.length(0);
      backend.scenario = {};
      confirmed(backend.submit(newOrder(), 'k1'));
    });

    it('still replays an earlier confirmation while submits fail', () => {
      const first = confirmed(backend.submit(newOrder(), 'k1'));
      backend.scenario = { failSubmit: true };
      expect(confirmed(backend.submit(newOrder(), 'k1'))).to.deep.equal(first);
      expect(backend.submit(newOrder(), 'k2').status).to.equal(500);
    });

    it('applies a change to the stored plan, visible in a later context', () => {
      const order = changeOrder({ quantity: 64, cadence: 'prepay-3y', costCenterId: 'cc-sales', purchaseRef: 'PO-2026-0999' });
      confirmed(backend.submit(order, 'chg'));
      const plan = contextOf(backend, 'acme', 'change', 'plan-acme-1').plan!;
      expect(plan).to.include({
        quantity: 64,
        cadence: 'prepay-3y',
        costCenterId: 'cc-sales',
        purchaseRef: 'PO-2026-0999',
        startDate: '2024-03-01',
      });
      expect(backend.plans('acme').find((p) => p.id === 'plan-acme-1')).to.deep.equal(plan);
      expect(backend.orders[0].planId).to.equal('plan-acme-1');
    });

    it('refuses a change below usage or to a cadence the plan does not allow, and leaves the plan alone', () => {
      const belowUsage = backend.submit(changeOrder({ quantity: 30 }), 'c1');
      expect(belowUsage.status).to.equal(422);
      const wrongCadence = backend.submit(
        changeOrder({
          planId: 'plan-acme-2',
          productId: 'connect-teams-rooms',
          quantity: 12,
          cadence: 'monthly',
          costCenterId: 'cc-eng',
        }),
        'c2',
      );
      expect(wrongCadence.status).to.equal(422);
      expect((wrongCadence.body as { errors: { field: string }[] }).errors.map((e) => e.field)).to.deep.equal(['cadence']);
      expect(contextOf(backend, 'acme', 'change', 'plan-acme-1').plan!.quantity).to.equal(50);
      expect(contextOf(backend, 'acme', 'change', 'plan-acme-2').plan!.cadence).to.equal('prepay-1y');
    });

    it('refuses a change that carries a start date', () => {
      const result = backend.submit(changeOrder({ startDate: TODAY }), 'c1');
      expect(result.status).to.equal(422);
      expect((result.body as { errors: { field: string }[] }).errors.map((e) => e.field)).to.deep.equal(['startDate']);
    });
  });
});
