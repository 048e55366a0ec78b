import { expect } from '@open-wc/testing';
import { multiply, subtract, termMonths, termTotal } from '../../src/model/money.js';
import { CADENCES, type Cadence, type Money } from '../../src/model/schemas.js';
import { eur } from './fixtures.js';

describe('money', () => {
  describe('termMonths', () => {
    const expected: Record<Cadence, number> = {
      monthly: 1,
      'prepay-1y': 12,
      'prepay-2y': 24,
      'prepay-3y': 36,
      'prepay-4y': 48,
      'prepay-5y': 60,
    };

    for (const cadence of CADENCES) {
      it(`${cadence} covers ${expected[cadence]} month(s)`, () => {
        expect(termMonths(cadence)).to.equal(expected[cadence]);
      });
    }
  });

  describe('termTotal', () => {
    it('is unit price × quantity for monthly', () => {
      expect(termTotal(eur(1250), 12, 'monthly')).to.deep.equal(eur(15_000));
    });

    it('is unit price × quantity × months for a prepay', () => {
      expect(termTotal(eur(1000), 12, 'prepay-2y')).to.deep.equal(eur(288_000));
      expect(termTotal(eur(999), 3, 'prepay-5y')).to.deep.equal(eur(179_820));
    });

    it('keeps the currency', () => {
      expect(termTotal({ amountMinor: 700, currency: 'NOK' }, 2, 'prepay-1y')).to.deep.equal({
        amountMinor: 16_800,
        currency: 'NOK',
      });
    });

    it('is zero for a zero price', () => {
      expect(termTotal(eur(0), 40, 'prepay-3y').amountMinor).to.equal(0);
    });
  });

  describe('multiply', () => {
    it('multiplies by whole factors exactly', () => {
      expect(multiply(eur(333), 3)).to.deep.equal(eur(999));
    });

    it('rounds to the nearest minor unit', () => {
      expect(multiply(eur(333), 1.4)).to.deep.equal(eur(466)); // 466.2
      expect(multiply(eur(333), 1.6)).to.deep.equal(eur(533)); // 532.8
    });

    it('rounds a half up', () => {
      expect(multiply(eur(333), 1.5)).to.deep.equal(eur(500)); // 499.5
      expect(multiply(eur(1), 0.5)).to.deep.equal(eur(1));
    });

    it('always returns an integer amount', () => {
      for (const factor of [0.1, 0.3, 1 / 3, 2 / 3, 1.15, 7.77]) {
        expect(Number.isInteger(multiply(eur(1001), factor).amountMinor), String(factor)).to.equal(true);
      }
    });

    it('keeps the currency and does not change its input', () => {
      const price: Money = { amountMinor: 250, currency: 'SEK' };
      const result = multiply(price, 4);
      expect(result).to.deep.equal({ amountMinor: 1000, currency: 'SEK' });
      expect(price).to.deep.equal({ amountMinor: 250, currency: 'SEK' });
      expect(result).not.to.equal(price);
    });
  });

  describe('subtract', () => {
    it('subtracts amounts of the same currency', () => {
      expect(subtract(eur(1000), eur(250))).to.deep.equal(eur(750));
    });

    it('can go negative', () => {
      expect(subtract(eur(250), eur(1000))).to.deep.equal(eur(-750));
    });

    it('refuses different currencies with null', () => {
      expect(subtract(eur(1000), { amountMinor: 250, currency: 'USD' })).to.equal(null);
      expect(subtract({ amountMinor: 250, currency: 'USD' }, eur(1000))).to.equal(null);
    });
  });
});
