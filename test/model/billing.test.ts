import { expect } from '@open-wc/testing';
import {
  billingDifference,
  billingMonths,
  cadenceInterval,
  estimateBilling,
  isPaidInAdvance,
  isProRata,
  quoteBilling,
  savingAgainstMonthly,
} from '../../src/model/billing.js';
import type { Billing, Money } from '../../src/model/schemas.js';
import { eur } from './fixtures.js';

const monthly = (amount: Money): Billing => ({ amount, interval: 'month', intervalCount: 1 });

describe('billing', () => {
  describe('cadenceInterval', () => {
    it('bills monthly as month × 1', () => {
      expect(cadenceInterval('monthly')).to.deep.equal({ interval: 'month', intervalCount: 1 });
    });

    it('bills a 1-year prepay as year × 1', () => {
      expect(cadenceInterval('prepay-1y')).to.deep.equal({ interval: 'year', intervalCount: 1 });
    });

    it('bills a 3-year prepay up front as year × 3', () => {
      expect(cadenceInterval('prepay-3y')).to.deep.equal({ interval: 'year', intervalCount: 3 });
    });
  });

  describe('billingMonths and isPaidInAdvance', () => {
    it('counts the months of a period', () => {
      expect(billingMonths({ interval: 'month', intervalCount: 3 })).to.equal(3);
      expect(billingMonths({ interval: 'year', intervalCount: 2 })).to.equal(24);
    });

    it('says yearly charges are paid in advance and monthly ones are not', () => {
      expect(isPaidInAdvance({ interval: 'year' })).to.equal(true);
      expect(isPaidInAdvance({ interval: 'month' })).to.equal(false);
    });
  });

  describe('estimateBilling', () => {
    it('is unit price × quantity per month for monthly', () => {
      expect(estimateBilling(eur(1250), 60, 'monthly')).to.deep.equal(monthly(eur(75_000)));
    });

    it('is unit price × quantity × 12 per year for a 1-year prepay', () => {
      expect(estimateBilling(eur(1150), 60, 'prepay-1y')).to.deep.equal({
        amount: eur(828_000),
        interval: 'year',
        intervalCount: 1,
      });
    });

    it('is unit price × quantity × 36 every 3 years for a 3-year prepay', () => {
      expect(estimateBilling(eur(1050), 60, 'prepay-3y')).to.deep.equal({
        amount: eur(2_268_000),
        interval: 'year',
        intervalCount: 3,
      });
    });
  });

  describe('savingAgainstMonthly', () => {
    it('is what the same months would cost monthly, minus the prepay', () => {
      // 60 × 12 × (12.50 − 11.50) = 720.00
      expect(savingAgainstMonthly(eur(1150), eur(1250), 60, 'prepay-1y')).to.deep.equal(eur(72_000));
    });

    it('is null for monthly itself', () => {
      expect(savingAgainstMonthly(eur(1250), eur(1250), 60, 'monthly')).to.equal(null);
    });

    it('is null when the prepay costs as much or more', () => {
      expect(savingAgainstMonthly(eur(1250), eur(1250), 60, 'prepay-1y')).to.equal(null);
      expect(savingAgainstMonthly(eur(1300), eur(1250), 60, 'prepay-1y')).to.equal(null);
    });

    it('is null across currencies', () => {
      expect(savingAgainstMonthly({ amountMinor: 100, currency: 'USD' }, eur(1250), 60, 'prepay-1y')).to.equal(null);
    });
  });

  describe('billingDifference', () => {
    it('is new minus current over the same period', () => {
      expect(billingDifference(monthly(eur(62_500)), monthly(eur(93_750)))).to.deep.equal(eur(31_250));
      expect(billingDifference(monthly(eur(93_750)), monthly(eur(62_500)))).to.deep.equal(eur(-31_250));
    });

    it('is null when the periods differ', () => {
      const threeYears: Billing = { amount: eur(2_268_000), interval: 'year', intervalCount: 3 };
      expect(billingDifference(monthly(eur(62_500)), threeYears)).to.equal(null);
    });

    it('compares 12 months with 1 year', () => {
      const twelveMonths: Billing = { amount: eur(100), interval: 'month', intervalCount: 12 };
      const year: Billing = { amount: eur(150), interval: 'year', intervalCount: 1 };
      expect(billingDifference(twelveMonths, year)).to.deep.equal(eur(50));
    });
  });

  describe('quoteBilling', () => {
    it("takes the quote's own billing", () => {
      const billing: Billing = { amount: eur(500), interval: 'year', intervalCount: 1 };
      expect(quoteBilling({ lines: [], total: eur(9), billing }, 'monthly')).to.equal(billing);
    });

    it('bills the total as the cadence is when the quote has no billing', () => {
      expect(quoteBilling({ lines: [], total: eur(9), firstInvoice: null }, 'prepay-3y')).to.deep.equal({
        amount: eur(9),
        interval: 'year',
        intervalCount: 3,
      });
      expect(quoteBilling({ lines: [], total: eur(9) }, null)).to.equal(null);
    });
  });

  describe('isProRata', () => {
    it('is true when the first invoice is less than a period', () => {
      expect(isProRata(eur(375), monthly(eur(11_250)))).to.equal(true);
    });

    it('is false for a full period or without billing', () => {
      expect(isProRata(eur(11_250), monthly(eur(11_250)))).to.equal(false);
      expect(isProRata(eur(375), null)).to.equal(false);
    });
  });
});
