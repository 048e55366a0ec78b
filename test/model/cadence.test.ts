import { expect } from '@open-wc/testing';
import { CADENCE_TERMS, cadenceMonths, cadenceYears, isPrepay } from '../../src/model/cadence.js';
import { CADENCES } from '../../src/model/schemas.js';

describe('cadence terms', () => {
  it('has terms for every cadence of the contract', () => {
    expect(Object.keys(CADENCE_TERMS)).to.have.members([...CADENCES]);
  });

  it('monthly covers one month, prepays nothing up front', () => {
    expect([cadenceMonths('monthly'), cadenceYears('monthly'), isPrepay('monthly')]).to.deep.equal([1, 0, false]);
  });

  it('an N-year prepay covers 12 × N months, paid up front', () => {
    const terms = (['prepay-1y', 'prepay-2y', 'prepay-3y', 'prepay-4y', 'prepay-5y'] as const).map((c) => [
      cadenceYears(c),
      cadenceMonths(c),
      isPrepay(c),
    ]);
    expect(terms).to.deep.equal([
      [1, 12, true],
      [2, 24, true],
      [3, 36, true],
      [4, 48, true],
      [5, 60, true],
    ]);
  });
});
