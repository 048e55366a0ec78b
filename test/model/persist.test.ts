import { expect } from '@open-wc/testing';
import { UNREADABLE_QUANTITY, edit, next, startWizard, type Draft, type WizardState } from '../../src/model/draft.js';
import {
  DRAFT_VERSION,
  clearDraft,
  draftKey,
  readDraft,
  saveDraft,
  type StorageLike,
  type StoredDraft,
} from '../../src/model/persist.js';
import { StoredDraftSchema, loadDraft, restoreDraft } from '../../src/model/restore.js';
import type { OrderContext, StepId } from '../../src/model/schemas.js';
import { changeContext, context, options, product, roomsProduct } from './fixtures.js';

const KEY = 'idem-stored-1';
const FRESH_KEY = 'idem-fresh-2';

/** An in-memory Storage, recording calls. */
function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const calls: string[] = [];
  const storage: StorageLike = {
    getItem: (k) => (calls.push(`get ${k}`), data.has(k) ? data.get(k)! : null),
    setItem: (k, v) => (calls.push(`set ${k}`), void data.set(k, String(v))),
    removeItem: (k) => (calls.push(`remove ${k}`), void data.delete(k)),
  };
  return { storage, data, calls };
}

/** A Storage whose every method throws the given error. */
function throwingStorage(error: unknown): StorageLike {
  return {
    getItem: () => {
      throw error;
    },
    setItem: () => {
      throw error;
    },
    removeItem: () => {
      throw error;
    },
  };
}

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const securityError = () => new DOMException('Access is denied for this document.', 'SecurityError');

/** Presses Next `times` times, failing if a press does not move on. */
function advance(state: WizardState, ctx: OrderContext, times: number): WizardState {
  let s = state;
  for (let i = 0; i < times; i++) {
    const moved = next(s, ctx);
    expect(moved.step, `Next from ${s.step} refused: ${JSON.stringify(moved.problems)}`).not.to.equal(s.step);
    s = moved;
  }
  return s;
}

/** A new-mode draft for "users" filled in and walked to `step`. */
function newState(ctx: OrderContext, patch: Partial<Draft> = {}, step: StepId = 'review'): WizardState {
  let s = edit(startWizard(ctx, 'new', KEY), ctx, { productId: 'users' });
  s = edit(s, ctx, {
    quantity: '40',
    cadence: 'prepay-1y',
    startDate: '2026-12-15',
    costCenterId: 'cc-2',
    purchaseRef: 'PO-9',
    ...patch,
  });
  const target = s.steps.indexOf(step);
  return advance(s, ctx, target);
}

/** A stored record made the way saveDraft makes it. */
function recordOf(state: WizardState): StoredDraft {
  const { storage, data } = memoryStorage();
  expect(saveDraft(storage, 'k', state, 1_700_000_000_000)).to.equal(true);
  const loaded = loadDraft(storage, 'k');
  expect(loaded, `record did not load back: ${data.get('k')}`).not.to.equal(null);
  return loaded!;
}

/** A hand-made record: a valid new-mode draft with overrides. */
function storedRecord(draft: Partial<Draft> = {}, step: StepId = 'review'): StoredDraft {
  return {
    v: DRAFT_VERSION,
    step,
    draft: {
      productId: 'users',
      quantity: '40',
      cadence: 'prepay-1y',
      startDate: '2026-12-15',
      costCenterId: 'cc-2',
      purchaseRef: 'PO-9',
      purchaserConfirmed: false,
      change: { quantity: null, payment: null, references: null },
      idempotencyKey: KEY,
      ...draft,
    },
    savedAt: 1,
  };
}

function restoreNew(record: StoredDraft, ctx: OrderContext = context()) {
  return restoreDraft(record, startWizard(ctx, 'new', FRESH_KEY), ctx);
}

describe('persist', () => {
  describe('draftKey', () => {
    const base = { customerId: 'acme', mode: 'change', planId: 'plan-1' };

    it('is scoped to customer, mode and plan', () => {
      const key = draftKey(base);
      expect(draftKey({ ...base })).to.equal(key);
      expect(draftKey({ ...base, customerId: 'globex' })).not.to.equal(key);
      expect(draftKey({ ...base, mode: 'new' })).not.to.equal(key);
      expect(draftKey({ ...base, planId: 'plan-2' })).not.to.equal(key);
      expect(draftKey({ ...base, planId: undefined })).not.to.equal(key);
    });

    it('reads as lpw-draft:v1:<customer>:<mode>:<plan or ->', () => {
      expect(draftKey({ customerId: 'acme', mode: 'new' })).to.equal('lpw-draft:v1:acme:new:-');
      expect(draftKey({ customerId: 'acme', mode: 'new', planId: '' })).to.equal('lpw-draft:v1:acme:new:-');
      expect(draftKey({ customerId: 'acme', mode: 'change', planId: 'plan-1' })).to.equal('lpw-draft:v1:acme:change:plan-1');
    });

    it('encodes the parts, so separators in ids cannot make two scopes share a key', () => {
      const a = draftKey({ customerId: 'a:new', mode: 'new', planId: 'x' });
      const b = draftKey({ customerId: 'a', mode: 'new:new', planId: 'x' });
      expect(a).not.to.equal(b);
      expect(a).to.equal('lpw-draft:v1:a%3Anew:new:x');
      expect(draftKey({ customerId: 'a b/ä', mode: 'new' })).to.equal('lpw-draft:v1:a%20b%2F%C3%A4:new:-');
    });

    it('does not mistake a plan named "-" for no plan', () => {
      expect(draftKey({ customerId: 'acme', mode: 'change', planId: '-' })).not.to.equal(
        draftKey({ customerId: 'acme', mode: 'change' }),
      );
    });
  });

  describe('saveDraft and loadDraft', () => {
    it('round-trips the step and the whole draft', () => {
      const ctx = context();
      const state = newState(ctx, { purchaserConfirmed: true, purchaseRef: '  ref with spaces  ' });
      const { storage, data } = memoryStorage();
      const key = draftKey({ customerId: 'cust-1', mode: 'new' });
      expect(saveDraft(storage, key, state, 1234)).to.equal(true);
      expect([...data.keys()]).to.deep.equal([key]);
      expect(JSON.parse(data.get(key)!)).to.deep.equal({ v: 1, step: 'review', draft: state.draft, savedAt: 1234 });
      expect(loadDraft(storage, key)).to.deep.equal({ v: 1, step: 'review', draft: state.draft, savedAt: 1234 });
    });

    it('stamps savedAt with the current time by default', () => {
      const before = Date.now();
      const record = recordOf(newState(context()));
      expect(record.savedAt).to.equal(1_700_000_000_000);
      const { storage } = memoryStorage();
      saveDraft(storage, 'k', newState(context()));
      const stamped = loadDraft(storage, 'k')!.savedAt!;
      expect(stamped).to.be.at.least(before).and.at.most(Date.now());
    });

    it('round-trips a change-mode draft with its answers', () => {
      const ctx = changeContext();
      const state = edit(startWizard(ctx, 'change', KEY), ctx, {
        change: { quantity: true, payment: false, references: null },
        quantity: '33',
      });
      const record = recordOf(state);
      expect(record.draft.change).to.deep.equal({ quantity: true, payment: false, references: null });
      expect(record.draft.quantity).to.equal('33');
      expect(record.step).to.equal('quantity');
    });

    it('stores an unreadable quantity as its typed value and reads it back as unreadable', () => {
      const state = newState(context(), { quantity: UNREADABLE_QUANTITY }, 'quantity');
      const { storage, data } = memoryStorage();
      saveDraft(storage, 'k', state);
      expect(JSON.parse(data.get('k')!).draft.quantity).to.deep.equal({ kind: 'unreadable' });
      expect(loadDraft(storage, 'k')!.draft.quantity).to.deep.equal(UNREADABLE_QUANTITY);
    });

    it('reads a quantity stored with the old U+2047 mark as unreadable, and other text as typed', () => {
      const old = storedRecord({ quantity: '\u2047' });
      const { storage } = memoryStorage({ old: JSON.stringify(old), typed: JSON.stringify(storedRecord({ quantity: ' 1.5' })) });
      expect(loadDraft(storage, 'old')!.draft.quantity).to.deep.equal(UNREADABLE_QUANTITY);
      expect(loadDraft(storage, 'typed')!.draft.quantity).to.equal(' 1.5');
    });

    it('returns null for a stored quantity of another kind', () => {
      const { storage } = memoryStorage({ k: JSON.stringify(storedRecord({ quantity: { kind: 'lost' } as never })) });
      expect(loadDraft(storage, 'k')).to.equal(null);
    });

    it('returns null when nothing is stored under the key', () => {
      const { storage } = memoryStorage({ other: JSON.stringify(storedRecord()) });
      expect(loadDraft(storage, 'mine')).to.equal(null);
    });

    it('reads a record stored without savedAt', () => {
      const { savedAt: _, ...record } = storedRecord();
      const { storage } = memoryStorage({ k: JSON.stringify(record) });
      expect(loadDraft(storage, 'k')).to.deep.equal(record);
    });

    it('drops keys it does not know', () => {
      const record = storedRecord();
      const { storage } = memoryStorage({ k: JSON.stringify({ ...record, extra: 1, draft: { ...record.draft, evil: '<b>' } }) });
      expect(loadDraft(storage, 'k')).to.deep.equal(record);
    });

    for (const raw of ['', '{', '{"v":1,', 'undefined', 'NaN', "{'v':1}", '\u0000']) {
      it(`returns null for corrupt JSON ${JSON.stringify(raw)}`, () => {
        const { storage } = memoryStorage({ k: raw });
        expect(loadDraft(storage, 'k')).to.equal(null);
      });
    }

    for (const value of [{ foo: 1 }, [], [storedRecord()], 42, 'a string', null, true, {}]) {
      it(`returns null for the foreign JSON ${JSON.stringify(value).slice(0, 40)}`, () => {
        const { storage } = memoryStorage({ k: JSON.stringify(value) });
        expect(loadDraft(storage, 'k')).to.equal(null);
      });
    }

    for (const v of [0, 2, '1', null, undefined]) {
      it(`returns null for version ${JSON.stringify(v)}`, () => {
        const { storage } = memoryStorage({ k: JSON.stringify({ ...storedRecord(), v }) });
        expect(loadDraft(storage, 'k')).to.equal(null);
      });
    }

    const broken: [string, (d: Record<string, unknown>) => void][] = [
      ['an unknown step', (r) => (r.step = 'checkout')],
      ['a numeric quantity', (r) => ((r.draft as Record<string, unknown>).quantity = 40)],
      ['an unknown cadence', (r) => ((r.draft as Record<string, unknown>).cadence = 'weekly')],
      ['a missing change object', (r) => delete (r.draft as Record<string, unknown>).change],
      [
        'a change answer that is a string',
        (r) => ((r.draft as Draft).change = { quantity: 'yes', payment: null, references: null } as never),
      ],
      ['an empty idempotency key', (r) => ((r.draft as Draft).idempotencyKey = '')],
      ['a purchaserConfirmed that is a string', (r) => ((r.draft as Record<string, unknown>).purchaserConfirmed = 'true')],
      ['a savedAt that is a string', (r) => (r.savedAt = '2026-01-01')],
      ['a draft that is an array', (r) => (r.draft = [])],
    ];
    for (const [what, corrupt] of broken) {
      it(`returns null for a record with ${what}`, () => {
        const record = JSON.parse(JSON.stringify(storedRecord()));
        corrupt(record);
        expect(StoredDraftSchema.safeParse(record).success, 'schema refuses it').to.equal(false);
        const { storage } = memoryStorage({ k: JSON.stringify(record) });
        expect(loadDraft(storage, 'k')).to.equal(null);
      });
    }

    it('never throws when the storage fails: quota exceeded on setItem, SecurityError on getItem', () => {
      const state = newState(context());
      const quota: StorageLike = {
        ...memoryStorage().storage,
        setItem: () => {
          throw quotaError();
        },
      };
      expect(saveDraft(quota, 'k', state)).to.equal(false);
      const denied: StorageLike = {
        ...memoryStorage().storage,
        getItem: () => {
          throw securityError();
        },
      };
      expect(readDraft(denied, 'k')).to.equal(null);
      expect(loadDraft(denied, 'k')).to.equal(null);
      for (const error of [quotaError(), securityError(), new TypeError('x'), 'a string thrown']) {
        const storage = throwingStorage(error);
        expect(saveDraft(storage, 'k', state)).to.equal(false);
        expect(readDraft(storage, 'k')).to.equal(null);
        expect(loadDraft(storage, 'k')).to.equal(null);
        expect(() => clearDraft(storage, 'k')).not.to.throw();
      }
    });

    it('never throws without a storage at all', () => {
      const state = newState(context());
      for (const storage of [undefined, null]) {
        expect(saveDraft(storage, 'k', state)).to.equal(false);
        expect(readDraft(storage, 'k')).to.equal(null);
        expect(loadDraft(storage, 'k')).to.equal(null);
        expect(() => clearDraft(storage, 'k')).not.to.throw();
      }
    });

    it('reports false when the draft cannot be serialized', () => {
      const state = newState(context());
      const cyclic = { ...state, draft: { ...state.draft } } as WizardState & { draft: Draft & { self?: unknown } };
      cyclic.draft.self = cyclic;
      const { storage, data } = memoryStorage();
      expect(saveDraft(storage, 'k', cyclic)).to.equal(false);
      expect(data.size).to.equal(0);
    });
  });

  describe('clearDraft', () => {
    it('removes only the draft under its key', () => {
      const { storage, data } = memoryStorage({ a: JSON.stringify(storedRecord()), b: JSON.stringify(storedRecord()) });
      clearDraft(storage, 'a');
      expect([...data.keys()]).to.deep.equal(['b']);
      expect(loadDraft(storage, 'a')).to.equal(null);
      expect(loadDraft(storage, 'b')).not.to.equal(null);
    });
  });

  describe('restoreDraft', () => {
    it('restores a draft that is still valid as it was, at its step, with no changes', () => {
      const ctx = context();
      const saved = newState(ctx);
      const { state, changes } = restoreNew(recordOf(saved), ctx);
      expect(changes).to.deep.equal([]);
      expect(state.draft).to.deep.equal(saved.draft);
      expect(state.step).to.equal('review');
      expect(state.reached).to.equal(5);
      expect(state.dirty).to.equal(true);
      expect(state.problems).to.deep.equal({});
      expect(state.returnToReview).to.equal(false);
      expect(state.mode).to.equal('new');
      expect(state.steps).to.deep.equal(saved.steps);
    });

    it('keeps the stored idempotency key, not the fresh one', () => {
      const { state } = restoreNew(storedRecord({ idempotencyKey: 'kept-key' }));
      expect(state.draft.idempotencyKey).to.equal('kept-key');
    });

    it('keeps the authorization checkbox and the purchase ref as stored', () => {
      const { state } = restoreNew(storedRecord({ purchaserConfirmed: true, purchaseRef: ' PO 1 ' }));
      expect(state.draft.purchaserConfirmed).to.equal(true);
      expect(state.draft.purchaseRef).to.equal(' PO 1 ');
    });

    it('does not change the fresh state it is given', () => {
      const ctx = context();
      const fresh = startWizard(ctx, 'new', FRESH_KEY);
      const copy = JSON.parse(JSON.stringify(fresh));
      restoreDraft(storedRecord(), fresh, ctx);
      expect(JSON.parse(JSON.stringify(fresh))).to.deep.equal(copy);
    });

    describe('product no longer offered', () => {
      it('takes the fresh product, quantity and cadence and reports product-gone', () => {
        const ctx = context({ products: [roomsProduct()] });
        const fresh = startWizard(ctx, 'new', FRESH_KEY);
        const { state, changes } = restoreDraft(
          storedRecord({ productId: 'users', quantity: '40', cadence: 'monthly' }),
          fresh,
          ctx,
        );
        expect(changes).to.deep.equal([{ code: 'product-gone' }]);
        expect(state.draft.productId).to.equal('rooms');
        expect(fresh.draft.productId).to.equal('rooms');
        expect(state.draft.quantity).to.equal(fresh.draft.quantity);
        expect(state.draft.cadence).to.equal(fresh.draft.cadence);
        expect(state.draft.idempotencyKey, 'key still kept').to.equal(KEY);
      });

      it('leaves no product chosen when several are offered, and goes back to Product', () => {
        const ctx = context({ products: [product({ id: 'other', name: 'Other' }), roomsProduct()] });
        const { state, changes } = restoreNew(storedRecord({ productId: 'users' }), ctx);
        expect(changes).to.deep.equal([{ code: 'product-gone' }]);
        expect(state.draft.productId).to.equal(null);
        expect(state.step).to.equal('product');
        expect(state.reached).to.equal(0);
      });

      it('does not report a product that was never chosen', () => {
        const { state, changes } = restoreNew(storedRecord({ productId: null, quantity: '', cadence: null }, 'product'));
        expect(changes).to.deep.equal([]);
        expect(state.draft.productId).to.equal(null);
        expect(state.step).to.equal('product');
      });
    });

    describe('quantity', () => {
      it('keeps a quantity now below usage as typed and reports the new minimum', () => {
        const ctx = context({ usage: { users: 60 } });
        const { state, changes } = restoreNew(storedRecord({ quantity: '40' }), ctx);
        expect(changes).to.deep.equal([{ code: 'quantity-below-usage', min: 60 }]);
        expect(state.draft.quantity).to.equal('40');
        expect(state.step, 'the quantity step shows it').to.equal('quantity');
        expect(state.reached).to.equal(1);
      });

      it('reports a quantity below a raised product minimum the same way', () => {
        const ctx = context({ products: [product({ minQuantity: 50 }), roomsProduct()], usage: {} });
        const { state, changes } = restoreNew(storedRecord({ quantity: '40' }), ctx);
        expect(changes).to.deep.equal([{ code: 'quantity-below-usage', min: 50 }]);
        expect(state.draft.quantity).to.equal('40');
      });

      it('keeps a quantity now above the maximum as typed and reports the maximum', () => {
        const ctx = context({ products: [product({ maxQuantity: 30 }), roomsProduct()] });
        const { state, changes } = restoreNew(storedRecord({ quantity: '40' }), ctx);
        expect(changes).to.deep.equal([{ code: 'quantity-above-max', max: 30 }]);
        expect(state.draft.quantity).to.equal('40');
        expect(state.step).to.equal('quantity');
      });

      it('keeps an unreadable quantity, without a change report, on the quantity step', () => {
        const { state, changes } = restoreNew(storedRecord({ quantity: UNREADABLE_QUANTITY }));
        expect(changes).to.deep.equal([]);
        expect(state.draft.quantity).to.deep.equal(UNREADABLE_QUANTITY);
        expect(state.step).to.equal('quantity');
      });

      it('keeps a quantity that was never valid as typed, without a change report', () => {
        const { state, changes } = restoreNew(storedRecord({ quantity: '1.5' }));
        expect(changes).to.deep.equal([]);
        expect(state.draft.quantity).to.equal('1.5');
        expect(state.step).to.equal('quantity');
      });
    });

    describe('cadence', () => {
      it('falls back to the default cadence when the stored one is not offered any more', () => {
        const ctx = context({ products: [product({ paymentOptions: options('monthly', 'prepay-3y') }), roomsProduct()] });
        const { state, changes } = restoreNew(storedRecord({ cadence: 'prepay-1y' }), ctx);
        expect(changes).to.deep.equal([{ code: 'cadence-gone' }]);
        expect(state.draft.cadence).to.equal('monthly');
      });

      it('leaves the cadence unchosen, and stops at Payment, when there is no default', () => {
        const ctx = context({ products: [product({ paymentOptions: options('prepay-2y', 'prepay-3y') }), roomsProduct()] });
        const { state, changes } = restoreNew(storedRecord({ cadence: 'prepay-1y' }), ctx);
        expect(changes).to.deep.equal([{ code: 'cadence-gone' }]);
        expect(state.draft.cadence).to.equal(null);
        expect(state.step).to.equal('payment');
      });

      it('keeps a cadence still offered', () => {
        const { state, changes } = restoreNew(storedRecord({ cadence: 'prepay-3y' }));
        expect(changes).to.deep.equal([]);
        expect(state.draft.cadence).to.equal('prepay-3y');
      });

      it('uses the plan’s allowed conversions in change mode', () => {
        const ctx = changeContext({ allowedCadences: ['monthly'] });
        const fresh = startWizard(ctx, 'change', FRESH_KEY);
        const record = storedRecord(
          {
            quantity: '20',
            cadence: 'prepay-1y',
            costCenterId: 'cc-2',
            purchaseRef: 'PO-7',
            change: { quantity: false, payment: true, references: false },
          },
          'review',
        );
        const { state, changes } = restoreDraft(record, fresh, ctx);
        expect(changes).to.deep.equal([{ code: 'cadence-gone' }]);
        expect(state.draft.cadence).to.equal('monthly');
      });
    });

    describe('cost center', () => {
      it('falls back to the default cost center when the stored one was deleted', () => {
        const ctx = context({ costCenters: [{ id: 'cc-1', name: 'Sales' }], defaultCostCenterId: 'cc-1' });
        const { state, changes } = restoreNew(storedRecord({ costCenterId: 'cc-2' }), ctx);
        expect(changes).to.deep.equal([{ code: 'cost-center-gone' }]);
        expect(state.draft.costCenterId).to.equal('cc-1');
      });

      it('falls back to none, and stops at References, when there is no default', () => {
        const ctx = context({ costCenters: [{ id: 'cc-1', name: 'Sales' }], defaultCostCenterId: null });
        const { state, changes } = restoreNew(storedRecord({ costCenterId: 'cc-2' }), ctx);
        expect(changes).to.deep.equal([{ code: 'cost-center-gone' }]);
        expect(state.draft.costCenterId).to.equal(null);
        expect(state.step).to.equal('references');
      });

      it('keeps "none chosen" as stored, without a change report', () => {
        const { state, changes } = restoreNew(storedRecord({ costCenterId: null }));
        expect(changes).to.deep.equal([]);
        expect(state.draft.costCenterId).to.equal(null);
        expect(state.step, 'References asks for one').to.equal('references');
        const none = context({ costCenters: [], defaultCostCenterId: null });
        const without = restoreNew(storedRecord({ costCenterId: null }), none);
        expect(without.changes).to.deep.equal([]);
        expect(without.state.step, 'nothing to choose from, so nothing missing').to.equal('review');
      });

      it('reports a cost center when the customer has none any more', () => {
        const none = context({ costCenters: [], defaultCostCenterId: null });
        const { state, changes } = restoreNew(storedRecord({ costCenterId: 'cc-2' }), none);
        expect(changes).to.deep.equal([{ code: 'cost-center-gone' }]);
        expect(state.draft.costCenterId).to.equal(null);
        expect(state.step).to.equal('review');
      });

      it('keeps a cost center that still exists, even when it is not the default', () => {
        const { state, changes } = restoreNew(storedRecord({ costCenterId: 'cc-2' }));
        expect(changes).to.deep.equal([]);
        expect(state.draft.costCenterId).to.equal('cc-2');
      });
    });

    describe('start date', () => {
      it('falls back to the default when the stored date is outside the new window', () => {
        const ctx = context({ startDate: { earliest: '2027-01-01', latest: '2027-03-31', default: '2027-01-01' } });
        const { state, changes } = restoreNew(storedRecord({ startDate: '2026-12-15' }), ctx);
        expect(changes).to.deep.equal([{ code: 'start-date-moved' }]);
        expect(state.draft.startDate).to.equal('2027-01-01');
        expect(state.step, 'every step valid again').to.equal('review');
      });

      it('keeps a date still inside the window', () => {
        const { state, changes } = restoreNew(storedRecord({ startDate: '2027-01-31' }));
        expect(changes).to.deep.equal([]);
        expect(state.draft.startDate).to.equal('2027-01-31');
      });

      it('keeps an empty entry as typed, for the step to ask for it', () => {
        const { state, changes } = restoreNew(storedRecord({ startDate: '' }));
        expect(changes).to.deep.equal([]);
        expect(state.draft.startDate).to.equal('');
        expect(state.step).to.equal('start-date');
      });
    });

    it('reports every change at once, in step order', () => {
      const ctx = context({
        products: [product({ paymentOptions: options('monthly') }), roomsProduct()],
        usage: { users: 100 },
        costCenters: [{ id: 'cc-1', name: 'Sales' }],
        startDate: { earliest: '2027-02-01', latest: '2027-03-31', default: '2027-02-01' },
      });
      const { changes } = restoreNew(
        storedRecord({ quantity: '40', cadence: 'prepay-1y', costCenterId: 'cc-2', startDate: '2026-12-15' }),
        ctx,
      );
      expect(changes).to.deep.equal([
        { code: 'quantity-below-usage', min: 100 },
        { code: 'cadence-gone' },
        { code: 'start-date-moved' },
        { code: 'cost-center-gone' },
      ]);
    });

    describe('step', () => {
      it('goes back to the stored step when every earlier step is valid', () => {
        for (const step of ['product', 'quantity', 'payment', 'start-date', 'references', 'review'] as const) {
          const { state } = restoreNew(storedRecord({}, step));
          expect(state.step).to.equal(step);
          expect(state.reached).to.equal(state.steps.indexOf(step));
        }
      });

      it('stops at the first invalid step before the stored one', () => {
        const { state } = restoreNew(storedRecord({ quantity: 'abc', purchaseRef: 'x'.repeat(101) }, 'review'));
        expect(state.step).to.equal('quantity');
        expect(state.reached).to.equal(1);
        expect(state.problems, 'problems are shown only after Next').to.deep.equal({});
      });

      it('does not stop for the stored step itself being invalid', () => {
        const { state } = restoreNew(storedRecord({ purchaseRef: 'x'.repeat(101) }, 'references'));
        expect(state.step).to.equal('references');
      });

      it('ignores problems after the stored step', () => {
        const { state } = restoreNew(storedRecord({ purchaseRef: 'x'.repeat(101) }, 'payment'));
        expect(state.step).to.equal('payment');
        expect(state.reached).to.equal(2);
      });

      it('takes a stored step that is not a step of this mode as far as the draft is valid', () => {
        const ctx = changeContext();
        const fresh = startWizard(ctx, 'change', FRESH_KEY);
        const answered = { quantity: false, payment: false, references: true };
        const valid = restoreDraft(storedRecord({ costCenterId: 'cc-1', change: answered }, 'start-date'), fresh, ctx);
        expect(valid.state.step).to.equal('review');
        const unanswered = restoreDraft(
          storedRecord({ change: { quantity: false, payment: null, references: null } }, 'product'),
          fresh,
          ctx,
        );
        expect(unanswered.state.step).to.equal('payment');
        expect(unanswered.state.reached).to.equal(1);
      });
    });

    describe('change mode', () => {
      const plan20 = () => changeContext();

      it('restores the answers and the values of steps answered Yes', () => {
        const ctx = plan20();
        const fresh = startWizard(ctx, 'change', FRESH_KEY);
        const record = storedRecord(
          {
            quantity: '35',
            cadence: 'prepay-1y',
            costCenterId: 'cc-1',
            purchaseRef: 'PO-8',
            change: { quantity: true, payment: true, references: true },
          },
          'review',
        );
        const { state, changes } = restoreDraft(record, fresh, ctx);
        expect(changes).to.deep.equal([]);
        expect(state.draft.change).to.deep.equal({ quantity: true, payment: true, references: true });
        expect(state.draft).to.include({
          productId: 'users',
          quantity: '35',
          cadence: 'prepay-1y',
          costCenterId: 'cc-1',
          purchaseRef: 'PO-8',
          idempotencyKey: KEY,
        });
        expect(state.step).to.equal('review');
        expect(state.mode).to.equal('change');
      });

      it('takes the plan’s current values for steps answered No, even when the plan changed since', () => {
        const ctx = changeContext({ quantity: 25, cadence: 'prepay-1y', costCenterId: 'cc-1', purchaseRef: 'PO-NEW' });
        const fresh = startWizard(ctx, 'change', FRESH_KEY);
        const record = storedRecord(
          {
            quantity: '20',
            cadence: 'monthly',
            costCenterId: 'cc-2',
            purchaseRef: 'PO-7',
            change: { quantity: false, payment: false, references: false },
          },
          'review',
        );
        const { state, changes } = restoreDraft(record, fresh, ctx);
        expect(changes).to.deep.equal([]);
        expect(state.draft).to.include({ quantity: '25', cadence: 'prepay-1y', costCenterId: 'cc-1', purchaseRef: 'PO-NEW' });
      });

      it('keeps the plan’s start date: it is not a step of change mode', () => {
        const ctx = plan20();
        const fresh = startWizard(ctx, 'change', FRESH_KEY);
        const { state, changes } = restoreDraft(
          storedRecord({ startDate: '1999-01-01', change: { quantity: true, payment: null, references: null } }, 'quantity'),
          fresh,
          ctx,
        );
        expect(changes).to.deep.equal([]);
        expect(state.draft.startDate).to.equal(fresh.draft.startDate);
      });

      it('reports a quantity now below usage at a step answered Yes', () => {
        const ctx = changeContext({}, { usage: { users: 30, rooms: 3 } });
        const fresh = startWizard(ctx, 'change', FRESH_KEY);
        const { state, changes } = restoreDraft(
          storedRecord({ quantity: '25', change: { quantity: true, payment: false, references: false } }, 'review'),
          fresh,
          ctx,
        );
        expect(changes).to.deep.equal([{ code: 'quantity-below-usage', min: 30 }]);
        expect(state.draft.quantity).to.equal('25');
        expect(state.step).to.equal('quantity');
      });

      it('reports a cost center deleted at a step answered Yes', () => {
        const ctx = changeContext({ costCenterId: 'cc-1' }, { costCenters: [{ id: 'cc-1', name: 'Sales' }] });
        const fresh = startWizard(ctx, 'change', FRESH_KEY);
        const record = storedRecord(
          { costCenterId: 'cc-2', purchaseRef: 'NEW', change: { quantity: false, payment: false, references: true } },
          'review',
        );
        const { state, changes } = restoreDraft(record, fresh, ctx);
        expect(changes).to.deep.equal([{ code: 'cost-center-gone' }]);
        expect(state.draft.costCenterId).to.equal('cc-1');
        expect(state.draft.purchaseRef).to.equal('NEW');
      });

      it('reports product-gone when the plan is now for another product, and keeps the plan’s values', () => {
        const ctx = changeContext({ productId: 'rooms', quantity: 4, cadence: 'prepay-2y', allowedCadences: ['prepay-2y'] });
        const fresh = startWizard(ctx, 'change', FRESH_KEY);
        const record = storedRecord(
          {
            productId: 'users',
            quantity: '35',
            cadence: 'monthly',
            change: { quantity: true, payment: true, references: false },
          },
          'review',
        );
        const { state, changes } = restoreDraft(record, fresh, ctx);
        expect(changes).to.deep.equal([{ code: 'product-gone' }]);
        expect(state.draft).to.include({ productId: 'rooms', quantity: '4', cadence: 'prepay-2y' });
      });
    });

    it('does not restore change answers into a new-mode wizard', () => {
      const { state } = restoreNew(storedRecord({ change: { quantity: true, payment: true, references: true } }));
      expect(state.draft.change).to.deep.equal({ quantity: null, payment: null, references: null });
    });
  });
});
