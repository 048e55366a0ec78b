import { expect } from '@open-wc/testing';
import { rejectionOf } from './rejection.js';
import { TODAY, newOrder } from '../mocks/order-helpers.js';
import { http, HttpResponse } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { ApiError, OrderConflictError, OrderRejectedError } from '../../src/api/errors.js';
import { loadContext } from '../../src/api/guarded.js';
import { createHttpClient } from '../../src/api/http-client.js';
import { FakeBackend, MOCK_DATA, createHandlers, type MockData } from '../../src/mocks/index.js';
import {
  OrderConfirmationSchema,
  OrderContextSchema,
  ValidationResultSchema,
  type LicenseOrder,
  type OrderContext,
} from '../../src/model/schemas.js';

const CONTEXT_URL = '/api/customers/:customerId/license-order-context';
const ORDERS_URL = '/api/customers/:customerId/license-orders';

const order = (patch: Partial<LicenseOrder> = {}): LicenseOrder => newOrder({ idempotencyKey: 'key-1', ...patch });

async function apiErrorOf(run: () => Promise<unknown>): Promise<ApiError> {
  const error = await rejectionOf(run);
  expect(error).to.be.instanceOf(ApiError);
  return error as ApiError;
}

let worker: SetupWorker;
let backend: FakeBackend;
const client = createHttpClient({ baseUrl: '/api/' });

function useBackend(next: FakeBackend) {
  backend = next;
  worker.resetHandlers(...createHandlers(backend));
}

before(async () => {
  backend = new FakeBackend({ today: TODAY });
  worker = setupWorker(...createHandlers(backend));
  await worker.start({ quiet: true, onUnhandledFrame: 'bypass' });
});

after(() => worker.stop());

describe('createHttpClient against the fake Partner Portal', () => {
  beforeEach(() => useBackend(new FakeBackend({ today: TODAY })));

  describe('loadContext', () => {
    it('loads an order context that satisfies the contract', async () => {
      const raw = await client.loadContext({ customerId: 'acme', mode: 'new' });
      const ctx = OrderContextSchema.parse(raw);
      expect(ctx.customer.id).to.equal('acme');
      expect(ctx.startDate).to.deep.equal({ earliest: '2026-10-01', latest: '2027-02-26', default: TODAY });
      expect(ctx.plan).to.equal(null);
    });

    it('sends the plan id in change mode and gets the plan', async () => {
      const ctx = OrderContextSchema.parse(
        await client.loadContext({ customerId: 'acme', mode: 'change', planId: 'plan-acme-2' }),
      );
      expect(ctx.plan!.id).to.equal('plan-acme-2');
    });

    it('turns a 404 into an http ApiError with the status', async () => {
      const error = await apiErrorOf(() => client.loadContext({ customerId: 'nobody', mode: 'new' }));
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(404);
    });

    it('turns a 400 (change mode without a plan) into an http ApiError', async () => {
      const error = await apiErrorOf(() => client.loadContext({ customerId: 'acme', mode: 'change' }));
      expect(error).to.include({ kind: 'http', status: 400 });
    });

    it('passes a malformed context through, which the contract then refuses', async () => {
      backend.scenario = { malformedContext: true };
      const raw = await client.loadContext({ customerId: 'acme', mode: 'new' });
      expect(OrderContextSchema.safeParse(raw).success).to.equal(false);
      const error = await apiErrorOf(() =>
        loadContext(client, { customerId: 'acme', mode: 'new' }, { signal: new AbortController().signal, timeoutMs: 5000 }),
      );
      expect(error.kind).to.equal('schema');
      expect(error.detail).to.contain('maxQuantity');
    });

    it('gets no prices when pricing is withheld', async () => {
      backend.scenario = { pricingWithheld: true };
      const ctx = OrderContextSchema.parse(await client.loadContext({ customerId: 'acme', mode: 'new' }));
      expect(ctx.products.flatMap((p) => p.paymentOptions).every((o) => o.unitPrice === undefined)).to.equal(true);
    });

    it('times out through the guarded call when the backend is slow', async () => {
      backend.scenario = { slow: 400 };
      const error = await apiErrorOf(() =>
        loadContext(client, { customerId: 'acme', mode: 'new' }, { signal: new AbortController().signal, timeoutMs: 40 }),
      );
      expect(error).to.include({ kind: 'timeout', timeoutMs: 40 });
    });

    it('rethrows an abort as an AbortError, not an ApiError', async () => {
      const controller = new AbortController();
      controller.abort();
      const error = await rejectionOf(() =>
        client.loadContext({ customerId: 'acme', mode: 'new' }, { signal: controller.signal }),
      );
      expect(error).not.to.be.instanceOf(ApiError);
      expect((error as Error).name).to.equal('AbortError');
    });
  });

  describe('validateOrder', () => {
    it('returns ok with a quote', async () => {
      const result = ValidationResultSchema.parse(await client.validateOrder(order()));
      expect(result).to.have.property('ok', true);
      expect(result.ok && result.quote!.total).to.deep.equal({ amountMinor: 547200, currency: 'EUR' });
    });

    it('returns the field errors of an order the rules refuse', async () => {
      const result = ValidationResultSchema.parse(await client.validateOrder(order({ quantity: 9 })));
      expect(result.ok).to.equal(false);
      expect(!result.ok && result.errors.map((e) => e.field)).to.deep.equal(['quantity']);
    });

    it('returns the field errors of a body the server refuses with 422', async () => {
      const bad = { ...order(), quantity: 0 };
      const served = backend.validateRequest(bad);
      expect(served.status).to.equal(422);
      const result = await client.validateOrder(bad);
      expect(result).to.deep.equal({ ok: false, errors: (served.body as { errors: unknown }).errors });
      expect(!result.ok && result.errors[0].field).to.equal('quantity');
    });

    it('returns quote null when pricing is withheld', async () => {
      backend.scenario = { pricingWithheld: true };
      expect(await client.validateOrder(order())).to.deep.equal({ ok: true, quote: null });
    });
  });

  describe('submitOrder', () => {
    it('places an order (201) and the backend keeps it', async () => {
      const confirmation = OrderConfirmationSchema.parse(await client.submitOrder(order()));
      expect(confirmation).to.include({ confirmationEmail: 'purchasing@acme.example', effectiveDate: TODAY });
      expect(backend.orders.map((o) => o.orderId)).to.deep.equal([confirmation.orderId]);
    });

    it('sends the idempotency key in the Idempotency-Key header', async () => {
      const seen: (string | null)[] = [];
      // A resolver that returns nothing lets the request fall through to the real handler.
      worker.use(http.post(ORDERS_URL, ({ request }) => void seen.push(request.headers.get('Idempotency-Key'))));
      await client.submitOrder(order({ idempotencyKey: 'c0ffee-1' }));
      expect(seen).to.deep.equal(['c0ffee-1']);
      expect(backend.orders[0].idempotencyKey).to.equal('c0ffee-1');
    });

    it('gets the first confirmation back for a repeated key, and one order is stored', async () => {
      const first = await client.submitOrder(order({ idempotencyKey: 'again' }));
      const second = await client.submitOrder(order({ idempotencyKey: 'again' }));
      expect(second).to.deep.equal(first);
      expect(backend.orders).to.have.length(1);
    });

    it('throws OrderRejectedError with the field errors on 422', async () => {
      const error = await rejectionOf(() => client.submitOrder(order({ quantity: 9, costCenterId: null })));
      expect(error).to.be.instanceOf(OrderRejectedError);
      const rejected = error as OrderRejectedError;
      expect(rejected.status).to.equal(422);
      expect(rejected.errors.map((e) => e.field)).to.have.members(['quantity', 'costCenterId']);
      expect(backend.orders).to.have.length(0);
    });

    it('throws an http ApiError (not a rejection) on 500', async () => {
      backend.scenario = { failSubmit: true };
      const error = await apiErrorOf(() => client.submitOrder(order()));
      expect(error).not.to.be.instanceOf(OrderRejectedError);
      expect(error).to.include({ kind: 'http', status: 500 });
    });

    it('throws OrderConflictError with the code and message of a 409 conflict body', async () => {
      worker.use(
        http.post(ORDERS_URL, () =>
          HttpResponse.json({ code: 'price-changed', message: 'Prices changed on 1 Dec.' }, { status: 409 }),
        ),
      );
      const error = await apiErrorOf(() => client.submitOrder(order()));
      expect(error).to.be.instanceOf(OrderConflictError);
      expect(error).to.include({ kind: 'conflict', status: 409, code: 'price-changed', message: 'Prices changed on 1 Dec.' });
      expect(backend.orders).to.have.length(0);
    });

    it('gives a 409 conflict without a message an English one naming the code', async () => {
      worker.use(http.post(ORDERS_URL, () => HttpResponse.json({ code: 'quote-expired' }, { status: 409 })));
      const error = await apiErrorOf(() => client.submitOrder(order()));
      expect(error).to.include({ code: 'quote-expired', status: 409 });
      expect(error.message).to.contain('quote-expired');
    });

    it('throws an http ApiError (not a conflict) on a 409 whose body names no known conflict', async () => {
      worker.use(http.post(ORDERS_URL, () => HttpResponse.json({ code: 'moon-phase' }, { status: 409 })));
      const error = await apiErrorOf(() => client.submitOrder(order()));
      expect(error).not.to.be.instanceOf(OrderConflictError);
      expect(error).to.include({ kind: 'http', status: 409 });
    });

    it('throws an http ApiError on a 422 whose body has no field errors', async () => {
      worker.use(http.post(ORDERS_URL, () => HttpResponse.json({ message: 'no' }, { status: 422 })));
      const error = await apiErrorOf(() => client.submitOrder(order()));
      expect(error).not.to.be.instanceOf(OrderRejectedError);
      expect(error).to.include({ kind: 'http', status: 422 });
    });
  });

  describe('transport failures', () => {
    it("reports a 2xx body that is not JSON as 'invalid-json'", async () => {
      worker.use(
        http.get(
          CONTEXT_URL,
          () => new HttpResponse('{"customer":', { status: 200, headers: { 'Content-Type': 'application/json' } }),
        ),
      );
      const error = await apiErrorOf(() => client.loadContext({ customerId: 'acme', mode: 'new' }));
      expect(error).to.include({ kind: 'invalid-json', status: 200 });
    });

    it("reports a non-2xx response whose body is not JSON as 'http'", async () => {
      worker.use(
        http.get(
          CONTEXT_URL,
          () => new HttpResponse('<h1>Bad gateway</h1>', { status: 502, headers: { 'Content-Type': 'text/html' } }),
        ),
      );
      const error = await apiErrorOf(() => client.loadContext({ customerId: 'acme', mode: 'new' }));
      expect(error).to.include({ kind: 'http', status: 502 });
    });

    it("reports a network failure as 'network'", async () => {
      worker.use(http.post(`${ORDERS_URL}/validate`, () => HttpResponse.error()));
      const error = await apiErrorOf(() => client.validateOrder(order()));
      expect(error.kind).to.equal('network');
      expect(error.status).to.equal(undefined);
    });
  });

  describe('headers', () => {
    let seen: Headers[];
    beforeEach(() => {
      seen = [];
      worker.use(http.all('/api/*', ({ request }) => void seen.push(request.headers)));
    });

    it('sends the locale as Accept-Language on every call when one is given', async () => {
      await client.loadContext({ customerId: 'acme', mode: 'new' }, { locale: 'de-CH' });
      await client.validateOrder(order(), { locale: 'nb' });
      await client.submitOrder(order(), { locale: 'fr' });
      expect(seen.map((h) => h.get('Accept-Language'))).to.deep.equal(['de-CH', 'nb', 'fr']);
    });

    it('sends no Accept-Language of its own without a locale', async () => {
      await client.loadContext({ customerId: 'acme', mode: 'new' });
      expect(seen[0].get('Accept-Language')).to.equal(null);
    });

    it("sends the host's headers, and JSON content only with an order", async () => {
      const withHeaders = createHttpClient({ baseUrl: '/api', headers: { Authorization: 'Bearer t' } });
      await withHeaders.loadContext({ customerId: 'acme', mode: 'new' });
      await withHeaders.validateOrder(order());
      expect(seen.map((h) => h.get('Authorization'))).to.deep.equal(['Bearer t', 'Bearer t']);
      expect(seen.map((h) => h.get('Content-Type'))).to.deep.equal([null, 'application/json']);
    });
  });

  describe('URLs', () => {
    const tricky = 'north/east branch?&#%';
    const data: MockData = structuredClone(MOCK_DATA);
    data.customers.push({ ...structuredClone(MOCK_DATA.customers[0]), id: tricky, name: 'North-East Branch' });
    data.plans.push({ ...structuredClone(MOCK_DATA.plans[0]), id: 'plan/1 a', customerId: tricky });

    let urls: string[];
    beforeEach(() => {
      useBackend(new FakeBackend({ today: TODAY, data }));
      urls = [];
      worker.use(http.all('/api/*', ({ request }) => void urls.push(request.url)));
    });

    it('encodes the customer id as one path segment, and the handlers decode it', async () => {
      const ctx: OrderContext = OrderContextSchema.parse(await client.loadContext({ customerId: tricky, mode: 'new' }));
      expect(ctx.customer.id).to.equal(tricky);
      expect(new URL(urls[0]).pathname).to.equal('/api/customers/north%2Feast%20branch%3F%26%23%25/license-order-context');
    });

    it('encodes the plan id in the query', async () => {
      const ctx = OrderContextSchema.parse(await client.loadContext({ customerId: tricky, mode: 'change', planId: 'plan/1 a' }));
      expect(ctx.plan!.id).to.equal('plan/1 a');
      expect(new URL(urls[0]).searchParams.get('planId')).to.equal('plan/1 a');
    });

    it('posts orders to the encoded customer path', async () => {
      await client.submitOrder(order({ customerId: tricky }));
      expect(new URL(urls[0]).pathname).to.equal('/api/customers/north%2Feast%20branch%3F%26%23%25/license-orders');
      expect(backend.orders[0].order.customerId).to.equal(tricky);
    });
  });
});

describe('OrderContextSchema refuses malformed payloads', () => {
  // The tests corrupt arbitrary fields of a valid payload, so it is typed loosely on purpose.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const valid = (): Record<string, any> => {
    const result = new FakeBackend({ today: TODAY }).context('acme', 'change', 'plan-acme-1');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return structuredClone(result.body) as Record<string, any>;
  };

  /** Asserts the payload is refused, and that the first issue is at `path`. */
  function expectRefused(payload: unknown, path: PropertyKey[]) {
    const parsed = OrderContextSchema.safeParse(payload);
    expect(parsed.success, 'payload was accepted').to.equal(false);
    expect(parsed.error!.issues.map((i) => i.path.join('.'))).to.include(path.join('.'));
  }

  it('accepts the unmodified payload', () => {
    expect(OrderContextSchema.safeParse(valid()).success).to.equal(true);
  });

  it('refuses a missing customer', () => {
    const p = valid();
    delete p.customer;
    expectRefused(p, ['customer']);
  });

  it('refuses a missing usage map', () => {
    const p = valid();
    delete p.usage;
    expectRefused(p, ['usage']);
  });

  it('refuses a missing start date window bound', () => {
    const p = valid();
    delete p.startDate.latest;
    expectRefused(p, ['startDate', 'latest']);
  });

  it('refuses a product without a name', () => {
    const p = valid();
    delete p.products[0].name;
    expectRefused(p, ['products', 0, 'name']);
  });

  it('refuses a string maxQuantity', () => {
    const p = valid();
    p.products[1].maxQuantity = '500';
    expectRefused(p, ['products', 1, 'maxQuantity']);
  });

  it('refuses a fractional minQuantity', () => {
    const p = valid();
    p.products[0].minQuantity = 2.5;
    expectRefused(p, ['products', 0, 'minQuantity']);
  });

  it('refuses a minQuantity of 0', () => {
    const p = valid();
    p.products[0].minQuantity = 0;
    expectRefused(p, ['products', 0, 'minQuantity']);
  });

  it('refuses a usage count given as a string', () => {
    const p = valid();
    p.usage['connect-standard-microsoft'] = '42';
    expectRefused(p, ['usage', 'connect-standard-microsoft']);
  });

  it('refuses negative usage', () => {
    const p = valid();
    p.usage['connect-teams-rooms'] = -1;
    expectRefused(p, ['usage', 'connect-teams-rooms']);
  });

  it('refuses a product whose minQuantity exceeds its maxQuantity', () => {
    const p = valid();
    p.products[2].minQuantity = 501;
    expectRefused(p, ['products', 2, 'minQuantity']);
  });

  it('refuses duplicate product ids', () => {
    const p = valid();
    p.products[3].id = p.products[4].id;
    expectRefused(p, ['products']);
  });

  it('refuses duplicate cost center ids', () => {
    const p = valid();
    p.costCenters[1].id = p.costCenters[0].id;
    expectRefused(p, ['costCenters']);
  });

  it('refuses a default cost center that is not in the list', () => {
    const p = valid();
    p.defaultCostCenterId = 'cc-gone';
    expectRefused(p, ['defaultCostCenterId']);
  });

  it('refuses an empty product list', () => {
    const p = valid();
    p.products = [];
    p.plan = null;
    expectRefused(p, ['products']);
  });

  it('refuses a product with no payment options', () => {
    const p = valid();
    p.products[0].paymentOptions = [];
    expectRefused(p, ['products', 0, 'paymentOptions']);
  });

  it('refuses an unknown cadence', () => {
    const p = valid();
    p.products[0].paymentOptions[0].cadence = 'prepay-6y';
    expectRefused(p, ['products', 0, 'paymentOptions', 0, 'cadence']);
  });

  it('refuses an unknown consumer tab', () => {
    const p = valid();
    p.products[0].consumerTab = 'rooms';
    expectRefused(p, ['products', 0, 'consumerTab']);
  });

  it('refuses a price in fractional minor units', () => {
    const p = valid();
    p.products[0].paymentOptions[0].unitPrice.amountMinor = 12.5;
    expectRefused(p, ['products', 0, 'paymentOptions', 0, 'unitPrice', 'amountMinor']);
  });

  it('refuses a currency that is not an ISO 4217 code', () => {
    const p = valid();
    p.products[0].paymentOptions[0].unitPrice.currency = 'eur';
    expectRefused(p, ['products', 0, 'paymentOptions', 0, 'unitPrice', 'currency']);
  });

  it('refuses a start date that is not a real date', () => {
    const p = valid();
    p.startDate.default = '2026-02-30';
    expectRefused(p, ['startDate', 'default']);
  });

  it('refuses a default start date before the earliest', () => {
    const p = valid();
    p.startDate.default = '2026-09-30';
    expectRefused(p, ['startDate']);
  });

  it('refuses a default start date after the latest', () => {
    const p = valid();
    p.startDate.default = '2027-03-01';
    expectRefused(p, ['startDate']);
  });

  it('refuses an earliest start date after the latest', () => {
    const p = valid();
    p.startDate = { earliest: '2027-03-01', latest: '2026-10-01', default: '2026-11-26' };
    expectRefused(p, ['startDate']);
  });

  it('refuses a plan whose product is not in the list', () => {
    const p = valid();
    p.plan.productId = 'connect-retired';
    expectRefused(p, ['plan']);
  });

  it('refuses a plan with no allowed cadences', () => {
    const p = valid();
    p.plan.allowedCadences = [];
    expectRefused(p, ['plan', 'allowedCadences']);
  });

  it('refuses a plan with a quantity of 0', () => {
    const p = valid();
    p.plan.quantity = 0;
    expectRefused(p, ['plan', 'quantity']);
  });
});
