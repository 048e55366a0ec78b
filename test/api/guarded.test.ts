/** The guarded calls around a host's client: what reaches the client, and what every failure comes out as. */
import { expect } from '@open-wc/testing';
import { rejectionOf } from './rejection.js';
import type { LicensePlanApiClient, RequestInit } from '../../src/api/client.js';
import { ApiError, OrderConflictError, OrderRejectedError } from '../../src/api/errors.js';
import { loadContext } from '../../src/api/guarded.js';
import { submitOrder, validateOrder } from '../../src/api/order-calls.js';
import type { LicenseOrder } from '../../src/model/schemas.js';
import { rawContext } from '../model/fixtures.js';

const order: LicenseOrder = {
  customerId: 'cust-1',
  mode: 'new',
  productId: 'users',
  quantity: 20,
  cadence: 'monthly',
  startDate: '2026-11-26',
  costCenterId: 'cc-1',
  purchaseRef: '',
  purchaserConfirmed: true,
  idempotencyKey: 'key-1',
};

const CONFIRMATION = { orderId: 'o-1', confirmationEmail: 'buyer@example.test', effectiveDate: '2026-11-26' };

/** A host client whose every method runs `answer` and records the init it was given. */
function hostClient(answer: () => Promise<unknown>) {
  const inits: (RequestInit | undefined)[] = [];
  const record = (init?: RequestInit) => {
    inits.push(init);
    return answer() as Promise<never>;
  };
  const client: LicensePlanApiClient = {
    loadContext: (_req, init) => record(init),
    validateOrder: (_order, init) => record(init),
    submitOrder: (_order, init) => record(init),
  };
  return { client, inits };
}

const fails = (error: unknown) => () => Promise.reject(error);
const options = (extra: { locale?: string; timeoutMs?: number } = {}) => ({
  signal: new AbortController().signal,
  timeoutMs: 5000,
  ...extra,
});

describe('guarded calls', () => {
  describe('what reaches the client', () => {
    it('passes the locale and a signal of its own to each call', async () => {
      const { client, inits } = hostClient(async () => rawContext());
      await loadContext(client, { customerId: 'cust-1', mode: 'new' }, options({ locale: 'de-CH' }));
      expect(inits[0]?.locale).to.equal('de-CH');
      expect(inits[0]?.signal).to.be.instanceOf(AbortSignal);
    });

    it('passes the locale to validateOrder and submitOrder too', async () => {
      const validating = hostClient(async () => ({ ok: true }));
      await validateOrder(validating.client, order, options({ locale: 'nb' }));
      const submitting = hostClient(async () => CONFIRMATION);
      await submitOrder(submitting.client, order, options({ locale: 'fr' }));
      expect([validating.inits[0]?.locale, submitting.inits[0]?.locale]).to.deep.equal(['nb', 'fr']);
    });

    it('gives the client no locale key when there is no locale', async () => {
      const { client, inits } = hostClient(async () => rawContext());
      await loadContext(client, { customerId: 'cust-1', mode: 'new' }, options());
      expect(inits[0] && 'locale' in inits[0]).to.equal(false);
    });
  });

  describe('what a failure comes out as', () => {
    it('turns a host error whose code names a conflict into an OrderConflictError with that code and message', async () => {
      const hostError = Object.assign(new Error('Someone else changed the plan.'), { code: 'plan-changed' });
      const { client } = hostClient(fails(hostError));
      const error = await rejectionOf(() => submitOrder(client, order, options()));
      expect(error).to.be.instanceOf(OrderConflictError);
      expect(error).to.include({
        kind: 'conflict',
        status: 409,
        code: 'plan-changed',
        message: 'Someone else changed the plan.',
      });
    });

    it('keeps an ApiError carrying a conflict code as an OrderConflictError with that code', async () => {
      const hostError = Object.assign(new ApiError('http', 'conflict', 409), { code: 'quote-expired' });
      const { client } = hostClient(fails(hostError));
      const error = await rejectionOf(() => submitOrder(client, order, options()));
      expect(error).to.be.instanceOf(OrderConflictError);
      expect(error).to.include({ code: 'quote-expired' });
    });

    it("passes a host's own OrderConflictError and other ApiErrors through unchanged", async () => {
      for (const hostError of [
        new OrderConflictError('price-changed', 'New prices.'),
        new ApiError('http', 'Service unavailable', 503),
      ]) {
        const { client } = hostClient(fails(hostError));
        expect(await rejectionOf(() => submitOrder(client, order, options()))).to.equal(hostError);
      }
    });

    it('turns any other host error into a rejected ApiError with its message as detail and the error as cause', async () => {
      const hostError = Object.assign(new Error('Token expired.'), { code: 'EAUTH' });
      const { client } = hostClient(fails(hostError));
      const error = (await rejectionOf(() => loadContext(client, { customerId: 'cust-1', mode: 'new' }, options()))) as ApiError;
      expect(error).to.be.instanceOf(ApiError);
      expect(error).not.to.be.instanceOf(OrderConflictError);
      expect(error).to.include({ kind: 'rejected', detail: 'Token expired.', status: undefined });
      expect(error.cause).to.equal(hostError);
      expect(error.message).to.equal('Could not load the order details. Token expired.');
    });

    it('says what the call was for when the host error has no message', async () => {
      const { client } = hostClient(fails('a bare string'));
      const error = (await rejectionOf(() => validateOrder(client, order, options()))) as ApiError;
      expect(error).to.include({ kind: 'rejected', detail: '', message: 'Could not check the order.' });
    });

    it('times out with the limit as a fact, and aborts the call', async () => {
      const { client, inits } = hostClient(() => new Promise(() => {}));
      const error = (await rejectionOf(() => submitOrder(client, order, options({ timeoutMs: 30 })))) as ApiError;
      expect(error).to.include({ kind: 'timeout', timeoutMs: 30 });
      expect(inits[0]?.signal?.aborted, 'the call was aborted').to.equal(true);
    });

    it("gives the caller's abort back as it is, not as an ApiError", async () => {
      const controller = new AbortController();
      const { client } = hostClient(() => new Promise(() => {}));
      const call = validateOrder(client, order, { signal: controller.signal, timeoutMs: 5000 });
      controller.abort();
      const error = await rejectionOf(() => call);
      expect(error).not.to.be.instanceOf(ApiError);
      expect((error as Error).name).to.equal('AbortError');
    });

    it('refuses an answer that does not fit the contract as schema, naming the bad field in detail', async () => {
      const { client } = hostClient(async () => ({ ok: 'maybe' }));
      const error = (await rejectionOf(() => validateOrder(client, order, options()))) as ApiError;
      expect(error).to.include({ kind: 'schema', detail: 'ok must be true or false' });
    });
  });
});

describe('error classes', () => {
  it('OrderRejectedError says the field errors, or in English that the order was refused', () => {
    expect(new OrderRejectedError([{ field: 'quantity', message: 'Too few.' }]).message).to.equal('Too few.');
    expect(new OrderRejectedError([])).to.include({ kind: 'http', status: 422, message: 'The order was refused.' });
  });

  it('ApiError takes the status as a number too (the earlier form)', () => {
    expect(new ApiError('http', 'Not found', 404)).to.include({ kind: 'http', status: 404 });
    expect('cause' in new ApiError('http', 'Not found', 404), 'no cause when none was given').to.equal(false);
  });
});
