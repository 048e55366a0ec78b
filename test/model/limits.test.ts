import { expect } from '@open-wc/testing';
import { MAX_PRODUCTS, contextLimitProblem } from '../../src/model/limits.js';

const withProducts = (count: number) => ({ products: Array.from({ length: count }, (_, i) => ({ id: `p${i}` })) });

describe('context limits', () => {
  it('accepts a context with exactly the most products allowed', () => {
    expect(MAX_PRODUCTS).to.equal(2000);
    expect(contextLimitProblem(withProducts(MAX_PRODUCTS))).to.equal(null);
  });

  it('refuses one product more, with the count and the limit', () => {
    expect(contextLimitProblem(withProducts(MAX_PRODUCTS + 1))).to.deep.equal({
      code: 'too-many-products',
      count: MAX_PRODUCTS + 1,
      limit: MAX_PRODUCTS,
    });
  });

  it('leaves anything without a products array to the schema', () => {
    expect(contextLimitProblem(null)).to.equal(null);
    expect(contextLimitProblem('text')).to.equal(null);
    expect(contextLimitProblem({ products: 'many' })).to.equal(null);
    expect(contextLimitProblem({})).to.equal(null);
  });
});
