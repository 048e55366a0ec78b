import { expect } from '@open-wc/testing';
import {
  changedTotal,
  checkKey,
  hasExpired,
  readiness,
  submitOutcome,
  withQuoteId,
  type CheckState,
} from '../../src/model/order-check.js';
import type { LicenseOrder, Quote } from '../../src/model/schemas.js';
import { eur } from './fixtures.js';

const ORDER: LicenseOrder = {
  customerId: 'acme',
  mode: 'new',
  productId: 'users',
  quantity: 40,
  cadence: 'prepay-3y',
  startDate: '2026-12-01',
  costCenterId: null,
  purchaseRef: 'PO-1',
  purchaserConfirmed: false,
  idempotencyKey: 'key-1',
};

const NOW = Date.parse('2026-11-26T12:00:00Z');

const quote = (total: number, extra: Partial<Quote> = {}): Quote => ({ lines: [], total: eur(total), ...extra });

const done = (order: LicenseOrder, q: Quote | null): CheckState => ({
  status: 'done',
  key: checkKey(order),
  result: { ok: true, quote: q },
});

describe('order-check', () => {
  describe('checkKey', () => {
    it('ignores the authorization box and the quote id', () => {
      expect(checkKey({ ...ORDER, purchaserConfirmed: true, quoteId: 'q-9' })).to.equal(checkKey(ORDER));
    });

    for (const [field, value] of [
      ['quantity', 41],
      ['cadence', 'monthly'],
      ['startDate', '2026-12-02'],
      ['costCenterId', 'cc-1'],
      ['purchaseRef', 'PO-2'],
      ['productId', 'rooms'],
      ['planVersion', 'v2'],
      ['idempotencyKey', 'key-2'],
    ] as const) {
      it(`changes when ${field} changes`, () => {
        expect(checkKey({ ...ORDER, [field]: value })).not.to.equal(checkKey(ORDER));
      });
    }

    it('does not depend on the order of the fields', () => {
      const reversed = Object.fromEntries(Object.entries(ORDER).reverse()) as LicenseOrder;
      expect(checkKey(reversed)).to.equal(checkKey(ORDER));
    });
  });

  describe('readiness', () => {
    const options = { pricesShown: true, now: NOW };

    it('is ready for exactly the checked order, with its quote id', () => {
      expect(readiness(done(ORDER, quote(100, { id: 'q-1' })), { ...ORDER, purchaserConfirmed: true }, options)).to.deep.equal({
        ready: true,
        quoteId: 'q-1',
      });
    });

    it('is not ready while checking, after a failed check, or with no check', () => {
      expect(readiness({ status: 'pending' }, ORDER, options)).to.deep.equal({ ready: false, reason: 'checking' });
      expect(readiness({ status: 'failed' }, ORDER, options)).to.deep.equal({ ready: false, reason: 'check-failed' });
      expect(readiness({ status: 'none' }, ORDER, options)).to.deep.equal({ ready: false, reason: 'unchecked' });
    });

    it('is not ready when the order changed after the check', () => {
      expect(readiness(done(ORDER, quote(100)), { ...ORDER, quantity: 41 }, options)).to.deep.equal({
        ready: false,
        reason: 'unchecked',
      });
    });

    it('is not ready after a refusal', () => {
      const refused: CheckState = { status: 'done', key: checkKey(ORDER), result: { ok: false, errors: [] } };
      expect(readiness(refused, ORDER, options)).to.deep.equal({ ready: false, reason: 'refused' });
    });

    it('needs a quote only when prices are shown', () => {
      expect(readiness(done(ORDER, null), ORDER, options)).to.deep.equal({ ready: false, reason: 'no-quote' });
      expect(readiness(done(ORDER, null), ORDER, { ...options, pricesShown: false })).to.deep.equal({
        ready: true,
        quoteId: undefined,
      });
    });

    it('is not ready once the quote has ended', () => {
      const ends = quote(100, { expiresAt: '2026-11-26T12:00:00Z' });
      expect(readiness(done(ORDER, ends), ORDER, { ...options, now: NOW - 1 }).ready).to.be.true;
      expect(readiness(done(ORDER, ends), ORDER, options)).to.deep.equal({ ready: false, reason: 'expired' });
    });
  });

  describe('hasExpired', () => {
    it('never for a quote without an end', () => {
      expect(hasExpired(quote(1), Number.MAX_SAFE_INTEGER)).to.be.false;
    });
    it('reads offsets', () => {
      expect(hasExpired(quote(1, { expiresAt: '2026-11-26T13:00:00+02:00' }), NOW)).to.be.true;
    });
  });

  describe('withQuoteId', () => {
    it('adds the quote id only when there is one', () => {
      expect(withQuoteId(ORDER, 'q-1').quoteId).to.equal('q-1');
      expect(withQuoteId(ORDER, undefined)).not.to.have.property('quoteId');
    });
  });

  describe('changedTotal', () => {
    it('gives the old total only when the total differs', () => {
      expect(changedTotal(quote(100), quote(120))).to.deep.equal(eur(100));
      expect(changedTotal(quote(100), quote(100, { id: 'other' }))).to.equal(undefined);
      expect(changedTotal(null, quote(100))).to.equal(undefined);
    });
  });

  describe('submitOutcome', () => {
    const cases: [string, unknown, string][] = [
      ['a time-out', { kind: 'timeout' }, 'unknown'],
      ['a lost connection', { kind: 'network' }, 'unknown'],
      ['unreadable JSON in a 2xx', { kind: 'invalid-json', status: 200 }, 'unknown'],
      ['a confirmation that breaks the schema', { kind: 'schema' }, 'unknown'],
      ['HTTP 500', { kind: 'http', status: 500 }, 'unknown'],
      ['HTTP 503', { kind: 'http', status: 503 }, 'unknown'],
      ['HTTP 408', { kind: 'http', status: 408 }, 'unknown'],
      ['HTTP 429', { kind: 'http', status: 429 }, 'unknown'],
      ['a host rejection without a code', new Error('down'), 'unknown'],
      ['a rejected call', { kind: 'rejected' }, 'unknown'],
      ['HTTP 400', { kind: 'http', status: 400 }, 'not-placed'],
      ['HTTP 403', { kind: 'http', status: 403 }, 'not-placed'],
      ['HTTP 422 with errors', { kind: 'http', status: 422, errors: [] }, 'not-placed'],
      ['a 409 without a known code', { kind: 'conflict', status: 409 }, 'not-placed'],
    ];
    for (const [name, error, outcome] of cases) {
      it(`${name} → ${outcome}`, () => {
        expect(submitOutcome(error).outcome).to.equal(outcome);
      });
    }

    it('reads a conflict code on any error, and keeps the status', () => {
      expect(submitOutcome(Object.assign(new Error('x'), { code: 'plan-changed' }))).to.deep.equal({
        outcome: 'conflict',
        code: 'plan-changed',
      });
      expect(submitOutcome({ kind: 'conflict', status: 409, code: 'quote-expired' })).to.deep.equal({
        outcome: 'conflict',
        code: 'quote-expired',
        status: 409,
      });
      expect(submitOutcome({ code: 'something-else', kind: 'timeout' }).outcome).to.equal('unknown');
    });
  });
});
