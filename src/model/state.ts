/**
 * The shapes of the wizard's state: the draft as the user entered it, the problems shown per field,
 * and the state the transitions (draft.ts) and the rules (rules.ts) both work on.
 */
import type { Cadence, Mode, StepId } from './schemas.js';

/** A problem with one field, described by a code and the facts a message needs. Text is made by the view. */
export type Problem =
  | { code: 'required' }
  | { code: 'not-whole-number' }
  | { code: 'not-ascii-digits' }
  | { code: 'negative' }
  | { code: 'fraction' }
  | { code: 'leading-zero' }
  | { code: 'below-usage'; min: number; usage: number }
  | { code: 'below-minimum'; min: number }
  | { code: 'above-maximum'; max: number }
  | { code: 'not-a-date' }
  | { code: 'date-outside'; earliest: string; latest: string }
  | { code: 'not-offered' }
  | { code: 'too-long'; max: number }
  | { code: 'control-characters' }
  | { code: 'no-change' }
  | { code: 'refused' }
  | { code: 'server'; message: string };

/** The yes/no questions of change mode, one per editable step. */
export const CHANGE_QUESTIONS = ['quantity', 'payment', 'references'] as const;
export type ChangeQuestion = (typeof CHANGE_QUESTIONS)[number];

/** The field that holds a change question's answer (see changeField and questionOfField in rules.ts). */
export type ChangeField = `change-${ChangeQuestion}`;

/** Text the browser could not read as a number at all (`validity.badInput`, e.g. "1e" in a number field). */
export const UNREADABLE_QUANTITY = { kind: 'unreadable' } as const;

/** The quantity as the user entered it: the typed text, or the fact that the browser could not read it. */
export type QuantityInput = string | { readonly kind: 'unreadable' };

export interface Draft {
  productId: string | null;
  /** As typed, so a bad entry can be shown back with its reason. */
  quantity: QuantityInput;
  cadence: Cadence | null;
  startDate: string;
  costCenterId: string | null;
  purchaseRef: string;
  purchaserConfirmed: boolean;
  /** Change mode: the answer to each step's question; null until answered. */
  change: Record<ChangeQuestion, boolean | null>;
  idempotencyKey: string;
}

/** Fields that can carry a problem: the order's own keys, the change questions, and `form` for errors without a field. */
export type Field =
  | 'productId'
  | 'quantity'
  | 'cadence'
  | 'startDate'
  | 'costCenterId'
  | 'purchaseRef'
  | 'purchaserConfirmed'
  | ChangeField
  | 'form';

export type Problems = Partial<Record<Field, Problem>>;

export interface WizardState {
  mode: Mode;
  steps: readonly StepId[];
  step: StepId;
  /** Index of the furthest step reached through Next; earlier steps are completed. */
  reached: number;
  draft: Draft;
  /** Problems shown to the user (set by a failed Next or by the server), per field. */
  problems: Problems;
  /** The user opened this step from Review and goes back there once it is valid. */
  returnToReview: boolean;
  /** The user has changed something since the start. */
  dirty: boolean;
}
