import { createContext } from '@lit/context';
import type { Field, WizardState, Draft } from '../model/draft.js';
import type { Money, OrderContext, Product, Quote, StepId } from '../model/schemas.js';
import type { Formatters } from '../localization/format.js';
import type { Catalogue } from '../localization/translations.js';

/** What the root provides to its steps and breadcrumb. A new object on every change; never mutated. */
export interface WizardView {
  state: WizardState;
  context: OrderContext;
  product: Product | undefined;
  showPrices: boolean;
  /** Formatting of numbers, money and dates in this wizard's locale. */
  fmt: Formatters;
  /** This wizard's translation, which each part activates before it renders (see localization/translations.ts). */
  catalogue: Catalogue;
  /** Server check of the order, run on entering Review. */
  check: { status: 'idle' | 'pending' } | { status: 'ok'; quote: Quote | null } | { status: 'error'; error: unknown };
  /** The total shown before a re-check of the same order (after its quote ended, or the server refused the price) changed it. */
  priceWas?: Money;
  /**
   * Placing the order. A failure's `outcome` says whether the order may exist: `unknown` after a
   * time-out, a lost connection, a 5xx, 408 or 429, or an unreadable confirmation.
   */
  submit: { status: 'idle' | 'pending' } | { status: 'error'; error: unknown; outcome: 'not-placed' | 'unknown' };
}

export const wizardContext = createContext<WizardView | undefined>(Symbol('lpw-wizard'));

/** What steps and the breadcrumb ask the root to do. They never change shared state themselves. */
export type Intent =
  | { type: 'edit'; patch: Partial<Draft> }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'go'; step: StepId }
  | { type: 'reduce-usage' }
  | { type: 'retry-check' }
  | { type: 'place-order' }
  /** After an unknown outcome: send the same order with the same idempotency key again. */
  | { type: 'retry-submit' };

export const INTENT = 'lpw-intent';

/** Sends an intent up to the root. It bubbles inside the root's shadow tree only (not composed). */
export function sendIntent(from: EventTarget, intent: Intent) {
  from.dispatchEvent(new CustomEvent<Intent>(INTENT, { detail: intent, bubbles: true }));
}

export type { Field };
