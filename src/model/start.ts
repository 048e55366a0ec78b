import { startWizard, type Draft, type WizardState } from './draft.js';
import { DRAFT_VERSION, restoreDraft, type RestoreChange, type StoredDraft } from './persist.js';
import { findPrefillProblem, withPrefill, type Prefill, type PrefillProblem } from './config.js';
import type { Mode, OrderContext } from './schemas.js';

export interface OrderStartOptions {
  mode: Mode;
  /** The key every submit of this order carries (a stored or carried draft keeps its own). */
  idempotencyKey: string;
  /** What the host asked a new order to start with. */
  prefill: Prefill;
  /** The draft of an order whose plan someone else changed, carried into the reloaded plan. */
  carried?: Draft;
  /** The unfinished order kept from before a reload. */
  stored?: StoredDraft;
}

export interface OrderStart {
  state: WizardState;
  /** What no longer fitted the context when a draft was brought back (undefined when the order starts empty). */
  changes?: RestoreChange[];
  /** What the host asked to start with that the context does not offer. */
  prefillProblem: PrefillProblem | null;
}

/**
 * How an order starts in a freshly loaded context: from the draft carried over a plan change (on
 * Review, with the authorization box cleared, since the user authorized an order against the old
 * plan), else from the stored draft, else empty with the host's prefill.
 */
export function startOrder(context: OrderContext, options: OrderStartOptions): OrderStart {
  const { mode, prefill, carried, stored } = options;
  const prefillProblem = findPrefillProblem(prefill, mode, context);
  const fresh = withPrefill(startWizard(context, mode, options.idempotencyKey), context, prefill);
  if (carried) {
    const { state, changes } = restoreDraft({ v: DRAFT_VERSION, step: 'review', draft: carried }, fresh, context);
    const reconfirm = { ...state, draft: { ...state.draft, purchaserConfirmed: false } };
    return { state: reconfirm, changes, prefillProblem };
  }
  if (stored) {
    return { ...restoreDraft(stored, fresh, context), prefillProblem };
  }
  return { state: fresh, prefillProblem };
}

/** A new idempotency key: every submit of one order carries the same one, so the server places it at most once. */
export function newIdempotencyKey(): string {
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
