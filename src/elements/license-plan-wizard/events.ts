/** The public events of `<license-plan-wizard>`: their details, their map, and the one way to fire them. */
import type { LicenseOrder, OrderConfirmation, StepId } from '../../model/schemas.js';

/** Which part of the wizard's work failed. */
export type ErrorKind = 'config' | 'load' | 'validate' | 'submit';

/** A move about to happen: cancel the event (`preventDefault()`) to keep the user on `from`. */
export interface LpwBeforeStepChangeDetail {
  from: StepId;
  to: StepId;
}

export interface LpwStepChangeDetail {
  step: StepId;
}

export interface LpwOrderPlacedDetail {
  order: LicenseOrder;
  confirmation: OrderConfirmation;
}

export interface LpwCancelDetail {
  reason: 'user' | 'reduce-usage';
  step: StepId;
  consumerTab?: string;
}

export interface LpwErrorDetail {
  kind: ErrorKind;
  /** What went wrong, in the wizard's language. */
  message: string;
  /** The HTTP status, when the failure was an HTTP answer. Never shown to users. */
  status?: number;
  /**
   * Submit failures only: `not-placed` when the server definitely refused the order, `unknown` when
   * it may have been placed (a time-out, a lost connection, a 5xx, 408 or 429, an unreadable answer).
   */
  outcome?: 'not-placed' | 'unknown';
}

/** A problem of the current step, as `validate()` returns it. */
export interface LpwProblem {
  /** The field it is at (`quantity`, `startDate`, …), or `form` for the step as a whole. */
  field: string;
  /** What is wrong, as a code (`required`, `below-minimum`, …). */
  code: string;
  /** What the user reads at the field, in the wizard's language. */
  message: string;
}

export interface LpwEventMap {
  'lpw-before-step-change': CustomEvent<LpwBeforeStepChangeDetail>;
  'lpw-step-change': CustomEvent<LpwStepChangeDetail>;
  'lpw-order-placed': CustomEvent<LpwOrderPlacedDetail>;
  'lpw-cancel': CustomEvent<LpwCancelDetail>;
  'lpw-error': CustomEvent<LpwErrorDetail>;
}

type DetailOf<K extends keyof LpwEventMap> = LpwEventMap[K] extends CustomEvent<infer D> ? D : never;

/** The events a host may cancel with `preventDefault()`. */
const CANCELABLE: ReadonlySet<keyof LpwEventMap> = new Set(['lpw-before-step-change']);

/**
 * Fires a public event: it bubbles and is composed, so hosts hear it outside the shadow root.
 * Returns false when a listener cancelled it.
 */
export function fire<K extends keyof LpwEventMap>(from: EventTarget, name: K, detail: DetailOf<K>): boolean {
  return from.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: CANCELABLE.has(name) }));
}

// The events bubble and are composed, so they are typed wherever they can be heard: on elements,
// the document and the window.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends LpwEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends LpwEventMap {}
}
