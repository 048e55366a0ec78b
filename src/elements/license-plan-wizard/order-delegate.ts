/**
 * What passes between the wizard and its order controller (order-controller.ts): the order to send,
 * what the controller reads from the wizard and tells it. The wizard's stand-in for the controller
 * (lazy-order-controller.ts) uses these types without loading the controller itself.
 */
import type { LicensePlanApiClient } from '../../api/client.js';
import type { GuardedCallOptions } from '../../api/guarded.js';
import type { FieldError, LicenseOrder, OrderConfirmation } from '../../model/schemas.js';
import type { Formatters } from '../../localization/format.js';

/** The order to send and the client to send it with. */
export type OrderArgs = readonly [LicensePlanApiClient, LicenseOrder];

export interface PlacedOrder {
  order: LicenseOrder;
  confirmation: OrderConfirmation;
}

/** A failed submit as the host is told it: whether the order may exist, and what went wrong. */
export interface SubmitFailure {
  outcome: 'unknown' | 'not-placed';
  message: () => string;
}

/** What the order controller reads from the wizard, and what it tells it. */
export interface OrderDelegate {
  /** The order as the draft stands now, with the client to send it with; undefined while there is none. */
  order(): OrderArgs | undefined;
  /** Prices are shown: an order can then be placed only on a check that priced it. */
  pricesShown(): boolean;
  /** Review is open on an order still to be placed: only then is an ended quote checked again. */
  reviewOpen(): boolean;
  /** How each call runs: its abort signal, time limit and locale. */
  callOptions(signal: AbortSignal): GuardedCallOptions;
  /** The server refused the order with errors per field. */
  refused(errors: FieldError[]): void;
  placed(placed: PlacedOrder): void;
  /** A call failed (not aborted); a failed submit says whether the order may exist. */
  failed(kind: 'validate' | 'submit', error: unknown, submit?: SubmitFailure): void;
  /** submitOrder said someone else changed the plan meanwhile. */
  planChanged(): void;
  /** A check of the same order priced it differently from the total the user saw: the user authorizes again. */
  unconfirm(): void;
  /** Announces `text` in the wizard's status region (why Place order waits, a price that changed). */
  notice(text: () => string): void;
  /** How the wizard writes numbers and money now. */
  formatters(): Formatters;
}
