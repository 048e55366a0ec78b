import { startWizard, type WizardState } from './draft.js';
import { findPrefillProblem, withPrefill, type Prefill, type PrefillProblem } from './config.js';
import type { Mode, OrderContext } from './schemas.js';

export interface OrderStartOptions {
  mode: Mode;
  /** The key every submit of this order carries (a stored or carried draft keeps its own). */
  idempotencyKey: string;
  /** What the host asked a new order to start with. */
  prefill: Prefill;
}

export interface OrderStart {
  state: WizardState;
  /** What the host asked to start with that the context does not offer. */
  prefillProblem: PrefillProblem | null;
}

/**
 * How a new order starts in a freshly loaded context: empty, with the host's prefill. A draft to
 * bring back (stored before a reload, or carried over a plan change) starts from this state too:
 * see resumeOrder in restore.ts.
 */
export function startOrder(context: OrderContext, { mode, idempotencyKey, prefill }: OrderStartOptions): OrderStart {
  const prefillProblem = findPrefillProblem(prefill, mode, context);
  const state = withPrefill(startWizard(context, mode, idempotencyKey), context, prefill);
  return { state, prefillProblem };
}

/** A new idempotency key: every submit of one order carries the same one, so the server places it at most once. */
export function newIdempotencyKey(): string {
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
