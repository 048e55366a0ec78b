import { expect } from '@open-wc/testing';
import { FakeBackend, PRICE_RISE, QUOTE_TTL_MS, type SubmitResponse } from '../../src/mocks/index.js';
import { ConflictSchema, OrderConfirmationSchema } from '../../src/model/schemas.js';
import { changeOrder, newOrder, quoteOf, TODAY } from './order-helpers.js';

/** A backend whose clock the test moves. */
function backendWithClock() {
  const clock = { now: Date.parse('2026-11-26T10:00:00Z') };
  const backend = new FakeBackend({ today: TODAY, now: () => clock.now });
  return { backend, clock };
}

function conflictCode(result: SubmitResponse | { status: number; body: unknown }) {
  expect(result.status, JSON.stringify(result.body)).to.equal(409);
  return ConflictSchema.parse(result.body).code;
}

function orderIdOf(result: SubmitResponse) {
  expect(result.status, JSON.stringify(result.body)).to.equal(201);
  return OrderConfirmationSchema.parse(result.body).orderId;
}

describe('FakeBackend quotes', () => {
  it('gives each quote its own id and an expiry 15 minutes ahead', () => {
    const { backend, clock } = backendWithClock();
    const first = quoteOf(backend.validate(newOrder()));
    const second = quoteOf(backend.validate(newOrder()));
    expect(first.id).to.be.a('string');
    expect(second.id).not.to.equal(first.id);
    expect(Date.parse(first.expiresAt!)).to.equal(clock.now + QUOTE_TTL_MS);
  });

  it("takes the quote's lifetime from the scenario", () => {
    const { backend, clock } = backendWithClock();
    backend.scenario = { quoteTtlMs: 20_000 };
    expect(Date.parse(quoteOf(backend.validate(newOrder())).expiresAt!)).to.equal(clock.now + 20_000);
  });

  it('places an order with a quote that is still valid, up to its last millisecond', () => {
    const { backend, clock } = backendWithClock();
    const q = quoteOf(backend.validate(newOrder()));
    clock.now = Date.parse(q.expiresAt!) - 1;
    orderIdOf(backend.submit(newOrder({ quoteId: q.id }), 'k1'));
  });

  it('refuses an expired quote with 409 quote-expired and stores nothing', () => {
    const { backend, clock } = backendWithClock();
    const q = quoteOf(backend.validate(newOrder()));
    clock.now = Date.parse(q.expiresAt!);
    expect(conflictCode(backend.submit(newOrder({ quoteId: q.id }), 'k1'))).to.equal('quote-expired');
    expect(backend.orders).to.have.length(0);
  });

  it('refuses a quote id it never issued with 409 quote-expired', () => {
    const { backend } = backendWithClock();
    expect(conflictCode(backend.submit(newOrder({ quoteId: 'Q-999' }), 'k1'))).to.equal('quote-expired');
  });

  it('accepts an order without a quote id, as before quotes had ids', () => {
    const { backend } = backendWithClock();
    orderIdOf(backend.submit(newOrder(), 'k1'));
  });

  it('refuses a quote whose price has changed since with 409 price-changed, and takes a new quote', () => {
    const { backend } = backendWithClock();
    const q = quoteOf(backend.validate(newOrder()));
    backend.changePrice('connect-essentials', 2);
    expect(conflictCode(backend.submit(newOrder({ quoteId: q.id }), 'k1'))).to.equal('price-changed');
    const fresh = quoteOf(backend.validate(newOrder()));
    expect(fresh.total.amountMinor).to.equal(q.total.amountMinor * 2);
    orderIdOf(backend.submit(newOrder({ quoteId: fresh.id }), 'k1'));
  });

  it('in "price changes before submit", raises the price once, right after the first quote', () => {
    const { backend } = backendWithClock();
    backend.scenario = { priceChangesBeforeSubmit: true };
    const q = quoteOf(backend.validate(newOrder()));
    expect(conflictCode(backend.submit(newOrder({ quoteId: q.id }), 'k1'))).to.equal('price-changed');
    const fresh = quoteOf(backend.validate(newOrder()));
    expect(fresh.total.amountMinor).to.equal(Math.round(q.total.amountMinor * PRICE_RISE));
    orderIdOf(backend.submit(newOrder({ quoteId: fresh.id }), 'k1'));
  });
});

describe('FakeBackend plan versions', () => {
  it('gives every plan a version, and every change a new one', () => {
    const backend = new FakeBackend({ today: TODAY });
    const before = backend.plans('acme').find((p) => p.id === 'plan-acme-1')!.version;
    expect(before).to.be.a('string');
    orderIdOf(backend.submit(changeOrder({ planVersion: before }), 'k1'));
    const after = backend.plans('acme').find((p) => p.id === 'plan-acme-1')!.version;
    expect(after).to.be.a('string').and.not.equal(before);
  });

  it('gives a new plan a version', () => {
    const backend = new FakeBackend({ today: TODAY });
    orderIdOf(backend.submit(newOrder(), 'k1'));
    expect(backend.plans('acme').at(-1)!.version).to.be.a('string');
  });

  it('refuses a change made against an older version with 409 plan-changed, on validate and submit', () => {
    const backend = new FakeBackend({ today: TODAY });
    const version = backend.plans('acme').find((p) => p.id === 'plan-acme-1')!.version;
    backend.touchPlan('plan-acme-1');
    const stale = changeOrder({ planVersion: version });
    expect(conflictCode(backend.validateRequest(stale))).to.equal('plan-changed');
    expect(conflictCode(backend.submit(stale, 'k1'))).to.equal('plan-changed');
    expect(backend.orders).to.have.length(0);
  });

  it('accepts a change without a plan version, as before plans had versions', () => {
    const backend = new FakeBackend({ today: TODAY });
    backend.touchPlan('plan-acme-1');
    orderIdOf(backend.submit(changeOrder(), 'k1'));
  });

  it('in "plan changed by someone else", moves the version on after the first check of a change', () => {
    const backend = new FakeBackend({ today: TODAY, scenario: { planChangedBySomeoneElse: true } });
    const version = backend.plans('acme').find((p) => p.id === 'plan-acme-1')!.version;
    const order = changeOrder({ planVersion: version });
    expect(backend.validateRequest(order).status).to.equal(200);
    expect(conflictCode(backend.submit(order, 'k1'))).to.equal('plan-changed');
    const reloaded = backend.context('acme', 'change', 'plan-acme-1');
    if (reloaded.status !== 200) throw new Error('the plan should load');
    const current = changeOrder({ planVersion: reloaded.body.plan!.version });
    expect(backend.validateRequest(current).status).to.equal(200);
    orderIdOf(backend.submit(current, 'k1'));
  });
});
