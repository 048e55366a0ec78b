/**
 * The rules that tie a placed order to the server's check of it: which check is current for which
 * order, when Place order may submit, what a quote's end means, and what a failed submit says
 * about whether the order exists. Pure: no DOM, no clock (the time is passed in).
 */
import { type ConflictCode, type LicenseOrder, type Money, type Quote, type ValidationResult } from './schemas.js';
import { conflictCodeOf } from './conflict-code.js';

/** The order as it is sent to `submitOrder`: the checked order with the id of the quote the user saw, when it had one. */
export function withQuoteId(order: LicenseOrder, quoteId: string | undefined): LicenseOrder {
  if (quoteId === undefined) return order;
  return { ...order, quoteId };
}

/**
 * What a check vouches for, as a comparable string: every field of the order except two. The
 * purchaser's authorization is the user's own statement, which the wizard checks itself and the
 * server checks on submit (ticking the box must not make the price unknown again). The quote id
 * goes with submitOrder only. Any other field that changes after a check makes the check stale.
 */
export function checkKey(order: LicenseOrder): string {
  const { purchaserConfirmed: _confirmed, quoteId: _quote, ...checked } = order;
  const names = Object.keys(checked).sort() as (keyof typeof checked)[];
  return JSON.stringify(names.map((name) => [name, checked[name] ?? null]));
}

/** The server's check of an order as the wizard knows it. */
export type CheckState =
  { status: 'none' } | { status: 'pending' } | { status: 'failed' } | { status: 'done'; key: string; result: ValidationResult };

/** Why Place order may not submit now. */
export type NotReadyReason =
  /** The check is running. */
  | 'checking'
  /** The check failed or timed out; Try again runs it again. */
  | 'check-failed'
  /** The server answered ok but sent no price, while prices are shown. */
  | 'no-quote'
  /** The server refused the order; its errors are shown at their fields. */
  | 'refused'
  /** No check of this exact order has been made (it was never checked, or it changed since). */
  | 'unchecked'
  /** The quote the user saw has passed its end. */
  | 'expired';

export type Readiness = { ready: true; quoteId?: string } | { ready: false; reason: NotReadyReason };

export interface ReadinessOptions {
  /** Prices are shown to the user (a purchaser, pricing not withheld): the check must carry a quote. */
  pricesShown: boolean;
  /** Now, in milliseconds since the epoch. */
  now: number;
}

/** Whether `order` may be submitted given the latest check, and if so with which quote id. */
export function readiness(check: CheckState, order: LicenseOrder, { pricesShown, now }: ReadinessOptions): Readiness {
  if (check.status === 'pending') return { ready: false, reason: 'checking' };
  if (check.status === 'failed') return { ready: false, reason: 'check-failed' };
  if (check.status === 'none' || check.key !== checkKey(order)) return { ready: false, reason: 'unchecked' };
  const { result } = check;
  if (!result.ok) return { ready: false, reason: 'refused' };
  const quote = result.quote ?? null;
  if (pricesShown && !quote) return { ready: false, reason: 'no-quote' };
  if (quote && hasExpired(quote, now)) return { ready: false, reason: 'expired' };
  return { ready: true, quoteId: quote?.id };
}

/** When the quote ends, in milliseconds since the epoch; undefined when it names no end. */
export function quoteEnd(quote: Quote): number | undefined {
  if (quote.expiresAt === undefined) return undefined;
  const end = Date.parse(quote.expiresAt);
  return Number.isNaN(end) ? undefined : end;
}

export function hasExpired(quote: Quote, now: number): boolean {
  const end = quoteEnd(quote);
  return end !== undefined && end <= now;
}

const sameMoney = (a: Money, b: Money) => a.amountMinor === b.amountMinor && a.currency === b.currency;

/** The total the user saw, when a new quote of the same order charges a different one; else undefined. */
export function changedTotal(shown: Quote | null | undefined, fresh: Quote | null | undefined): Money | undefined {
  if (!shown || !fresh) return undefined;
  if (sameMoney(shown.total, fresh.total)) return undefined;
  return shown.total;
}

/** What a failed submit means for the order. */
export type SubmitOutcome =
  /** The server refused the order for a reason the wizard can act on: check again, or reload the plan. */
  | { outcome: 'conflict'; code: ConflictCode; status?: number }
  /** The server definitely did not place the order. */
  | { outcome: 'not-placed'; status?: number }
  /** The order may or may not exist: a time-out, a lost connection, a 5xx, 408 or 429, an unreadable answer, an unexplained rejection. */
  | { outcome: 'unknown'; status?: number };

/** HTTP statuses after which the server may still have stored the order. */
const UNKNOWN_STATUSES = new Set([408, 429]);

/**
 * Reads a submit failure. It looks only at plain properties (`code`, `kind`, `status`, `errors`),
 * so it applies to the wizard's ApiErrors and to any error a host's client throws.
 */
export function submitOutcome(error: unknown): SubmitOutcome {
  const { kind, status, errors } = (typeof error === 'object' && error !== null ? error : {}) as {
    kind?: unknown;
    status?: unknown;
    errors?: unknown;
  };
  const knownStatus = typeof status === 'number' ? status : undefined;
  const statusPart = knownStatus === undefined ? {} : { status: knownStatus };
  const code = conflictCodeOf(error);
  if (code) return { outcome: 'conflict', code, ...statusPart };
  if (Array.isArray(errors)) return { outcome: 'not-placed', ...statusPart };
  if (kind === 'conflict') return { outcome: 'not-placed', ...statusPart };
  if (kind === 'http' && knownStatus !== undefined && isDefiniteRefusal(knownStatus))
    return { outcome: 'not-placed', ...statusPart };
  return { outcome: 'unknown', ...statusPart };
}

/** A 4xx other than 408 (time-out) and 429 (too many requests) says the order was not taken. */
function isDefiniteRefusal(status: number): boolean {
  return status >= 400 && status < 500 && !UNKNOWN_STATUSES.has(status);
}
