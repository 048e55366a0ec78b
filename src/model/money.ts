/** Money is kept in integer minor units; only Intl turns it into text. */
import type { Cadence, Money } from './schemas.js';
import { cadenceMonths } from './cadence.js';

/** Months covered by one payment of the cadence: 1 for monthly, 12·N for an N-year prepay (see CADENCE_TERMS). */
export function termMonths(cadence: Cadence): number {
  return cadenceMonths(cadence);
}

export function multiply(money: Money, factor: number): Money {
  return { amountMinor: Math.round(money.amountMinor * factor), currency: money.currency };
}

/** a − b, or null when they are in different currencies. */
export function subtract(a: Money, b: Money): Money | null {
  if (a.currency !== b.currency) return null;
  return { amountMinor: a.amountMinor - b.amountMinor, currency: a.currency };
}

/** What the customer pays for one term of the cadence: unit price × quantity × months in the term. */
export function termTotal(unitPrice: Money, quantity: number, cadence: Cadence): Money {
  return multiply(unitPrice, quantity * termMonths(cadence));
}
