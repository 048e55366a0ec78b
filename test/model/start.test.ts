import { expect } from '@open-wc/testing';
import { edit, next, startWizard } from '../../src/model/draft.js';
import { DRAFT_VERSION, type StoredDraft } from '../../src/model/persist.js';
import { newIdempotencyKey, startOrder } from '../../src/model/start.js';
import { resumeOrder } from '../../src/model/restore.js';
import { context, product, roomsProduct } from './fixtures.js';

const NO_PREFILL = { productId: '', quantity: '' };

describe('startOrder', () => {
  const ctx = context({ products: [product(), roomsProduct()] });
  it('starts empty on the first step, with the new key, when nothing is stored or carried', () => {
    const { state, prefillProblem } = startOrder(ctx, { mode: 'new', idempotencyKey: 'k1', prefill: NO_PREFILL });
    expect(state.step).to.equal('product');
    expect(state.draft.productId).to.equal(null);
    expect(state.draft.idempotencyKey).to.equal('k1');
    expect(prefillProblem).to.equal(null);
  });

  it("takes the host's prefill, and names a product the catalogue does not offer", () => {
    const offered = startOrder(ctx, { mode: 'new', idempotencyKey: 'k', prefill: { productId: 'rooms', quantity: '3' } });
    expect(offered.state.draft.productId).to.equal('rooms');
    expect(offered.state.draft.quantity).to.equal('3');
    const missing = startOrder(ctx, { mode: 'new', idempotencyKey: 'k', prefill: { productId: 'gone', quantity: '' } });
    expect(missing.prefillProblem).to.deep.equal({ code: 'product-id-not-offered', productId: 'gone' });
    expect(missing.state.draft.productId).to.equal(null);
  });
});

describe('resumeOrder', () => {
  const ctx = context({ products: [product(), roomsProduct()] });
  const fresh = (key = 'new-key') => startOrder(ctx, { mode: 'new', idempotencyKey: key, prefill: NO_PREFILL }).state;

  /** A draft on Quantity with `rooms` chosen and 7 typed, saved under key `stored-key`. */
  function storedOnQuantity(): StoredDraft {
    let state = startWizard(ctx, 'new', 'stored-key');
    state = edit(state, ctx, { productId: 'rooms' });
    state = next(state, ctx);
    state = edit(state, ctx, { quantity: '7' });
    return { v: DRAFT_VERSION, step: state.step, draft: state.draft };
  }

  it('restores a stored draft on its step, keeping its idempotency key', () => {
    const { state, changes } = resumeOrder(fresh(), ctx, { stored: JSON.stringify(storedOnQuantity()) });
    expect(state.step).to.equal('quantity');
    expect(state.draft.productId).to.equal('rooms');
    expect(state.draft.quantity).to.equal('7');
    expect(state.draft.idempotencyKey).to.equal('stored-key');
    expect(changes).to.deep.equal([]);
  });

  it('starts fresh, with nothing to tell, when the stored text cannot be read', () => {
    const start = fresh();
    for (const stored of ['{not json', JSON.stringify({ v: 99, step: 'review', draft: {} })]) {
      const { state, changes } = resumeOrder(start, ctx, { stored });
      expect(state).to.equal(start);
      expect(changes).to.equal(undefined);
    }
  });

  it('carries a draft over a plan change onto Review with the authorization box cleared', () => {
    const carried = { ...storedOnQuantity().draft, purchaserConfirmed: true };
    const { state } = resumeOrder(fresh('k'), ctx, { carried });
    expect(state.draft.purchaserConfirmed).to.equal(false);
    expect(state.draft.idempotencyKey).to.equal('stored-key');
    // The carried draft has no cadence or start date yet: it lands on the first step that is not valid.
    expect(state.step).to.equal('payment');
  });
});

describe('newIdempotencyKey', () => {
  it('is a new key each time', () => {
    const keys = new Set(Array.from({ length: 20 }, () => newIdempotencyKey()));
    expect(keys.size).to.equal(20);
  });
});
