import { expect } from '@open-wc/testing';
import { MoneySchema, OrderContextSchema, ValidationResultSchema, describeIssues } from '../../src/model/schemas.js';
import { plan, product, rawContext } from './fixtures.js';

/** Parses and returns the issue paths (joined with '.'), or [] when the input is accepted. */
function issuePaths(input: unknown): string[] {
  const result = OrderContextSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.map(String).join('.'));
}

function without<T extends object>(obj: T, key: keyof T): Partial<T> {
  const copy: Partial<T> = { ...obj };
  delete copy[key];
  return copy;
}

describe('schemas', () => {
  describe('OrderContextSchema', () => {
    it('accepts a valid context and returns the same data', () => {
      const input = rawContext();
      const result = OrderContextSchema.safeParse(input);
      expect(result.success).to.equal(true);
      expect(result.data).to.deep.equal(input);
    });

    it('accepts a valid context with an existing plan', () => {
      expect(issuePaths(rawContext({ plan: plan() }))).to.deep.equal([]);
    });

    it('accepts no cost centers with no default', () => {
      expect(issuePaths(rawContext({ costCenters: [], defaultCostCenterId: null }))).to.deep.equal([]);
    });

    it('accepts earliest = default = latest', () => {
      const day = '2026-10-01';
      expect(issuePaths(rawContext({ startDate: { earliest: day, latest: day, default: day } }))).to.deep.equal([]);
    });

    it('rejects a missing top-level field', () => {
      for (const key of ['customer', 'products', 'usage', 'costCenters', 'defaultCostCenterId', 'startDate', 'plan'] as const) {
        expect(issuePaths(without(rawContext(), key)), key).to.include(key);
      }
    });

    it('rejects a missing nested field', () => {
      const { maxQuantity: _dropped, ...noMax } = product();
      expect(issuePaths({ ...rawContext(), products: [noMax] })).to.include('products.0.maxQuantity');
      expect(issuePaths({ ...rawContext(), customer: { name: 'Acme' } })).to.include('customer.id');
      expect(issuePaths({ ...rawContext(), startDate: { earliest: '2026-10-01', latest: '2027-01-31' } })).to.include(
        'startDate.default',
      );
    });

    it('rejects wrong types', () => {
      expect(issuePaths({ ...rawContext(), customer: { id: 'c', name: 42 } })).to.include('customer.name');
      expect(issuePaths({ ...rawContext(), products: {} })).to.include('products');
      expect(issuePaths({ ...rawContext(), usage: { users: '12' } })).to.include('usage.users');
      expect(issuePaths({ ...rawContext(), defaultCostCenterId: 7 })).to.include('defaultCostCenterId');
      expect(issuePaths({ ...rawContext(), products: [product({ minQuantity: '5' as unknown as number })] })).to.include(
        'products.0.minQuantity',
      );
      expect(issuePaths({ ...rawContext(), plan: 'none' })).to.include('plan');
      expect(issuePaths(null)).to.deep.equal(['']);
    });

    it('rejects an unknown cadence or consumer tab', () => {
      expect(issuePaths({ ...rawContext(), products: [{ ...product(), paymentOptions: [{ cadence: 'weekly' }] }] })).to.include(
        'products.0.paymentOptions.0.cadence',
      );
      expect(issuePaths({ ...rawContext(), products: [{ ...product(), consumerTab: 'rooms' }] })).to.include(
        'products.0.consumerTab',
      );
    });

    it('rejects an empty id', () => {
      expect(issuePaths({ ...rawContext(), customer: { id: '', name: 'Acme' } })).to.include('customer.id');
      expect(issuePaths(rawContext({ products: [product({ id: '' })], usage: {} }))).to.include('products.0.id');
    });

    it('rejects negative usage', () => {
      expect(issuePaths(rawContext({ usage: { users: -1 } }))).to.include('usage.users');
    });

    it('rejects non-integer usage', () => {
      expect(issuePaths(rawContext({ usage: { users: 1.5 } }))).to.include('usage.users');
    });

    it('rejects usage that is not an object of counts', () => {
      expect(issuePaths({ ...rawContext(), usage: [12] })).to.deep.equal(['usage']);
      expect(issuePaths({ ...rawContext(), usage: null })).to.deep.equal(['usage']);
      expect(issuePaths(rawContext({ usage: { users: Number.NaN } }))).to.deep.equal(['usage.users']);
      expect(issuePaths(rawContext({ usage: { users: Number.POSITIVE_INFINITY } }))).to.deep.equal(['usage.users']);
    });

    it('rejects non-finite quantities', () => {
      expect(issuePaths(rawContext({ products: [product({ maxQuantity: Number.POSITIVE_INFINITY })] }))).to.include(
        'products.0.maxQuantity',
      );
      expect(issuePaths(rawContext({ products: [product({ maxQuantity: Number.NaN })] }))).to.include('products.0.maxQuantity');
    });

    it('accepts zero usage', () => {
      expect(issuePaths(rawContext({ usage: { users: 0 } }))).to.deep.equal([]);
    });

    it('rejects a product whose minimum exceeds its maximum, at minQuantity', () => {
      const paths = issuePaths(rawContext({ products: [product({ minQuantity: 10, maxQuantity: 9 })] }));
      expect(paths).to.deep.equal(['products.0.minQuantity']);
    });

    it('accepts a product whose minimum equals its maximum', () => {
      expect(issuePaths(rawContext({ products: [product({ minQuantity: 10, maxQuantity: 10 })] }))).to.deep.equal([]);
    });

    it('rejects a minimum below 1 and a product without payment options', () => {
      expect(issuePaths(rawContext({ products: [product({ minQuantity: 0 })] }))).to.include('products.0.minQuantity');
      expect(issuePaths(rawContext({ products: [product({ paymentOptions: [] })] }))).to.include('products.0.paymentOptions');
    });

    it('rejects duplicate product ids', () => {
      const paths = issuePaths(rawContext({ products: [product(), product({ name: 'Users again' })] }));
      expect(paths).to.deep.equal(['products']);
    });

    it('rejects duplicate cost center ids', () => {
      const paths = issuePaths(
        rawContext({
          costCenters: [
            { id: 'cc-1', name: 'Sales' },
            { id: 'cc-1', name: 'Sales (old)' },
          ],
        }),
      );
      expect(paths).to.deep.equal(['costCenters']);
    });

    it('rejects a default cost center that is not in the list', () => {
      expect(issuePaths(rawContext({ defaultCostCenterId: 'cc-9' }))).to.deep.equal(['defaultCostCenterId']);
      expect(issuePaths(rawContext({ costCenters: [], defaultCostCenterId: 'cc-1' }))).to.deep.equal(['defaultCostCenterId']);
    });

    it('rejects an empty product list', () => {
      const result = OrderContextSchema.safeParse(rawContext({ products: [] }));
      expect(result.success).to.equal(false);
      expect(result.error?.issues.map((i) => i.path.join('.'))).to.include('products');
      expect(describeIssues(result.error!)).to.equal('products lists no products');
    });

    it('rejects start dates out of order', () => {
      const dates = (earliest: string, def: string, latest: string) =>
        issuePaths(rawContext({ startDate: { earliest, default: def, latest } }));
      expect(dates('2026-10-01', '2026-09-30', '2027-01-31'), 'default before earliest').to.deep.equal(['startDate']);
      expect(dates('2026-10-01', '2027-02-01', '2027-01-31'), 'default after latest').to.deep.equal(['startDate']);
      expect(dates('2027-02-01', '2027-01-15', '2027-01-31'), 'earliest after latest').to.deep.equal(['startDate']);
    });

    it('rejects impossible start dates', () => {
      expect(
        issuePaths(rawContext({ startDate: { earliest: '2026-10-01', default: '2026-11-31', latest: '2027-01-31' } })),
      ).to.include('startDate.default');
    });

    it('rejects a plan whose product is not in the product list', () => {
      expect(issuePaths(rawContext({ plan: plan({ productId: 'gone' }) }))).to.deep.equal(['plan']);
    });

    it('rejects a malformed plan', () => {
      expect(issuePaths(rawContext({ plan: plan({ quantity: 0 }) }))).to.include('plan.quantity');
      expect(issuePaths(rawContext({ plan: plan({ allowedCadences: [] }) }))).to.include('plan.allowedCadences');
      expect(issuePaths(rawContext({ plan: plan({ startDate: '2025-02-29' }) }))).to.include('plan.startDate');
    });

    it('reports every cross-field problem at once', () => {
      const paths = issuePaths(
        rawContext({
          products: [product(), product()],
          costCenters: [],
          defaultCostCenterId: 'cc-1',
          plan: plan({ productId: 'gone' }),
        }),
      );
      expect(paths).to.have.members(['products', 'defaultCostCenterId', 'plan']);
    });
  });

  describe('MoneySchema', () => {
    it('accepts integer minor units with an upper-case ISO code', () => {
      expect(MoneySchema.safeParse({ amountMinor: 1250, currency: 'EUR' }).success).to.equal(true);
      expect(MoneySchema.safeParse({ amountMinor: -5, currency: 'NOK' }).success).to.equal(true);
    });

    it('rejects a fractional amountMinor', () => {
      expect(MoneySchema.safeParse({ amountMinor: 12.5, currency: 'EUR' }).success).to.equal(false);
    });

    it('rejects a lower-case or malformed currency', () => {
      for (const currency of ['eur', 'Eur', 'EURO', 'EU', '€', '']) {
        expect(MoneySchema.safeParse({ amountMinor: 100, currency }).success, currency).to.equal(false);
      }
    });

    it('names the currency in the description', () => {
      const result = MoneySchema.safeParse({ amountMinor: 100, currency: 'eur' });
      expect(describeIssues(result.error!)).to.equal('currency must be an ISO 4217 code');
    });
  });

  describe('ValidationResultSchema', () => {
    const quote = {
      lines: [{ label: '12 × Users', amount: { amountMinor: 12_000, currency: 'EUR' } }],
      total: { amountMinor: 12_000, currency: 'EUR' },
    };

    it('accepts ok: true without, with null and with a quote', () => {
      expect(ValidationResultSchema.safeParse({ ok: true }).success).to.equal(true);
      expect(ValidationResultSchema.safeParse({ ok: true, quote: null }).success).to.equal(true);
      const parsed = ValidationResultSchema.parse({ ok: true, quote });
      expect(parsed).to.deep.equal({ ok: true, quote });
    });

    it('rejects ok: true with a malformed quote', () => {
      expect(ValidationResultSchema.safeParse({ ok: true, quote: { lines: [] } }).success).to.equal(false);
    });

    it('accepts ok: false with field errors, including a null field', () => {
      const input = {
        ok: false,
        errors: [
          { field: 'quantity', message: 'Too many' },
          { field: null, message: 'Try again later' },
        ],
      };
      expect(ValidationResultSchema.parse(input)).to.deep.equal(input);
    });

    it('rejects ok: false without errors, or with malformed errors', () => {
      expect(ValidationResultSchema.safeParse({ ok: false }).success).to.equal(false);
      expect(ValidationResultSchema.safeParse({ ok: false, errors: [{ field: 'quantity' }] }).success).to.equal(false);
      expect(ValidationResultSchema.safeParse({ ok: false, errors: [{ message: 'x' }] }).success).to.equal(false);
    });

    it('says what is wrong with a bad validate answer, in words a developer can act on', () => {
      const describe = (input: unknown) => describeIssues(ValidationResultSchema.safeParse(input).error!);
      expect(describe({ ok: 'yes' })).to.equal('ok must be true or false');
      expect(describe({})).to.equal('ok must be true or false');
      expect(describe({ ok: false })).to.equal('errors must be an array');
      expect(describe({ ok: true, quote: 5 })).to.equal('quote must be an object');
      expect(describe(null)).to.equal('the response must be an object');
    });

    it('rejects an ok flag that is not a boolean literal', () => {
      expect(ValidationResultSchema.safeParse({ ok: 'true' }).success).to.equal(false);
      expect(ValidationResultSchema.safeParse({ errors: [] }).success).to.equal(false);
    });
  });

  describe('describeIssues', () => {
    it('names the dotted path of the first bad field', () => {
      const result = OrderContextSchema.safeParse(rawContext({ products: [product({ minQuantity: 10, maxQuantity: 9 })] }));
      expect(describeIssues(result.error!)).to.equal('products.0.minQuantity minQuantity must not exceed maxQuantity');
    });

    it('names the path of a type error', () => {
      const result = OrderContextSchema.safeParse({ ...rawContext(), customer: { id: 'c', name: 42 } });
      expect(describeIssues(result.error!).startsWith('customer.name ')).to.equal(true);
    });

    it('drops zod’s "Invalid input: " prefix from a message', () => {
      expect(
        describeIssues({ issues: [{ path: ['customer', 'name'], message: 'Invalid input: expected string, received number' }] }),
      ).to.equal('customer.name expected string, received number');
    });

    it('says why a built-in check failed, not just "Invalid input"', () => {
      const wrongType = OrderContextSchema.safeParse({ ...rawContext(), customer: { id: 'c', name: 42 } });
      expect(describeIssues(wrongType.error!)).to.equal('customer.name must be a string');
      const negative = OrderContextSchema.safeParse(rawContext({ usage: { users: -1 } }));
      expect(describeIssues(negative.error!)).not.to.contain('Invalid input');
    });

    it('turns zod/mini’s bare "Invalid input" into a sentence for each kind of failure', () => {
      const sentence = (input: unknown) => {
        const result = OrderContextSchema.safeParse(input);
        expect(result.success, JSON.stringify(input)).to.equal(false);
        return describeIssues(result.error!);
      };
      expect(sentence({ ...rawContext(), products: {} })).to.equal('products must be an array');
      expect(sentence({ ...rawContext(), plan: 'none' })).to.equal('plan must be an object');
      expect(sentence(without(rawContext(), 'customer'))).to.equal('customer must be an object');
      expect(sentence({ ...rawContext(), defaultCostCenterId: 7 })).to.equal('defaultCostCenterId must be a string');
      expect(sentence({ ...rawContext(), products: [{ ...product(), consumerTab: 'rooms' }] })).to.equal(
        'products.0.consumerTab has a value that is not allowed',
      );
      expect(sentence(null)).to.equal('the response must be an object');
    });

    it('uses the contract’s own wording for counts, ids and lists', () => {
      const sentence = (input: unknown) => describeIssues(OrderContextSchema.safeParse(input).error!);
      expect(sentence(rawContext({ usage: { users: -1 } }))).to.equal('usage.users must be a whole number ≥ 0');
      expect(sentence(rawContext({ products: [product({ minQuantity: 1.5 })] }))).to.equal(
        'products.0.minQuantity must be a whole number ≥ 1',
      );
      expect(sentence({ ...rawContext(), customer: { id: '', name: 'Acme' } })).to.equal('customer.id must not be empty');
      expect(sentence(rawContext({ products: [product({ paymentOptions: [] })] }))).to.equal(
        'products.0.paymentOptions must list at least one option',
      );
      expect(sentence(rawContext({ plan: plan({ startDate: '2025-02-29' }) }))).to.equal(
        'plan.startDate must be a real calendar date written YYYY-MM-DD',
      );
      expect(describeIssues(MoneySchema.safeParse({ amountMinor: 1.5, currency: 'EUR' }).error!)).to.equal(
        'amountMinor must be a whole number',
      );
    });

    it('words the rarer bare issues from their code', () => {
      const bare = (extra: { code?: string; expected?: string }) =>
        describeIssues({ issues: [{ path: ['x'], message: 'Invalid input', ...extra }] });
      expect(bare({ code: 'invalid_type', expected: 'undefined' })).to.equal('x must not be present');
      expect(bare({ code: 'invalid_type', expected: 'boolean' })).to.equal('x must be a boolean');
      expect(bare({ code: 'invalid_union' })).to.equal('x has a value that is not allowed');
      expect(bare({ code: 'too_big' })).to.equal('x is malformed');
      expect(bare({})).to.equal('x is malformed');
    });

    it('calls an issue without a path "the response"', () => {
      const result = OrderContextSchema.safeParse('nope');
      expect(describeIssues(result.error!).startsWith('the response ')).to.equal(true);
    });

    it('describes only the first issue', () => {
      expect(
        describeIssues({
          issues: [
            { path: ['a', 0, 'b'], message: 'is wrong' },
            { path: ['c'], message: 'is also wrong' },
          ],
        }),
      ).to.equal('a.0.b is wrong');
    });

    it('has a fallback when there are no issues', () => {
      expect(describeIssues({ issues: [] })).to.equal('the data is malformed');
    });
  });
});

describe('OrderContextSchema: plan and payment option consistency', () => {
  it('rejects a plan whose own cadence is not among its allowedCadences', () => {
    const ok = OrderContextSchema.safeParse(
      rawContext({ plan: plan({ cadence: 'monthly', allowedCadences: ['monthly', 'prepay-1y'] }) }),
    );
    expect(ok.success, 'consistent plan accepted').to.equal(true);
    const bad = OrderContextSchema.safeParse(rawContext({ plan: plan({ cadence: 'monthly', allowedCadences: ['prepay-1y'] }) }));
    expect(bad.success).to.equal(false);
    expect(describeIssues(bad.error!)).to.include('plan.allowedCadences');
  });

  it('rejects a product that lists the same cadence twice', () => {
    const twice = product({ paymentOptions: [{ cadence: 'monthly' }, { cadence: 'monthly' }] });
    const result = OrderContextSchema.safeParse(rawContext({ products: [twice] }));
    expect(result.success).to.equal(false);
    expect(describeIssues(result.error!)).to.include('paymentOptions');
  });
});
