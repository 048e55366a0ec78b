import { expect } from '@open-wc/testing';
import { FakeBackend } from '../../src/mocks/index.js';
import { changeOrder, newOrder, quoteOf, TODAY } from './order-helpers.js';

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

describe('FakeBackend billing in quotes', () => {
  let backend: FakeBackend;
  beforeEach(() => {
    backend = new FakeBackend({ today: TODAY });
  });

  it('bills a monthly plan month × 1, pro rata from the start date to the end of the month', () => {
    // 50 × 12.50 = 625.00 a month; 26–30 November is 5 of 30 days
    const q = quoteOf(backend.validate(newOrder({ productId: 'connect-standard-microsoft', quantity: 50, cadence: 'monthly' })));
    expect(q.billing).to.deep.equal({ amount: eur(62500), interval: 'month', intervalCount: 1 });
    expect(q.firstInvoice).to.deep.equal(eur(10417));
    expect(q.firstInvoicePeriod).to.deep.equal({ start: '2026-11-26', end: '2026-11-30' });
    expect(q.nextInvoiceDate).to.equal('2026-12-01');
    expect(q.taxIncluded).to.equal(false);
  });

  it('crosses the year for a monthly plan starting in December', () => {
    const q = quoteOf(backend.validate(newOrder({ cadence: 'monthly', startDate: '2026-12-31' })));
    expect(q.firstInvoicePeriod).to.deep.equal({ start: '2026-12-31', end: '2026-12-31' });
    expect(q.nextInvoiceDate).to.equal('2027-01-01');
  });

  it('bills a 1-year prepay year × 1, for the whole year up front', () => {
    // 40 × 4.20 × 12 = 2016.00
    const q = quoteOf(backend.validate(newOrder({ cadence: 'prepay-1y' })));
    expect(q.billing).to.deep.equal({ amount: eur(201600), interval: 'year', intervalCount: 1 });
    expect(q.firstInvoice).to.deep.equal(eur(201600));
    expect(q.firstInvoicePeriod).to.deep.equal({ start: '2026-11-26', end: '2027-11-25' });
    expect(q.nextInvoiceDate).to.equal('2027-11-26');
  });

  it('bills an N-year prepay year × N up front', () => {
    const q = quoteOf(backend.validate(newOrder({ productId: 'connect-teams-rooms', quantity: 10, cadence: 'prepay-5y' })));
    // 10 × 23.00 × 60 = 13 800.00
    expect(q.billing).to.deep.equal({ amount: eur(1380000), interval: 'year', intervalCount: 5 });
    expect(q.total).to.deep.equal(q.billing!.amount);
  });

  it('states what the plan costs today in change mode, and nothing of the kind for a new plan', () => {
    // plan-acme-1: 50 × 12.50 monthly = 625.00; the change to 60 is 750.00
    const change = quoteOf(backend.validate(changeOrder({ quantity: 60 })));
    expect(change.currentBilling).to.deep.equal({ amount: eur(62500), interval: 'month', intervalCount: 1 });
    expect(change.billing).to.deep.equal({ amount: eur(75000), interval: 'month', intervalCount: 1 });
    expect(quoteOf(backend.validate(newOrder())).currentBilling).to.equal(undefined);
  });

  it('prices the current plan on its own cadence when the change converts it', () => {
    // plan-acme-1 to a 1-year prepay: today 625.00 a month, then 60 × 11.50 × 12 = 8280.00 a year
    const q = quoteOf(backend.validate(changeOrder({ quantity: 60, cadence: 'prepay-1y' })));
    expect(q.currentBilling).to.deep.equal({ amount: eur(62500), interval: 'month', intervalCount: 1 });
    expect(q.billing).to.deep.equal({ amount: eur(828000), interval: 'year', intervalCount: 1 });
  });
});
