/** Money is kept in integer minor units; only Intl turns it into text. */
import type { Cadence, Money } from './schemas.js';

/** Months covered by one payment of the cadence: 1 for monthly, 12·N for an N-year prepay. */
export function termMonths(cadence: Cadence): number {
  return cadence === 'monthly' ? 1 : 12 * Number(cadence.charAt(7));
}

export function multiply(money: Money, factor: number): Money {
  return { amountMinor: Math.round(money.amountMinor * factor), currency: money.currency };
}

export function subtract(a: Money, b: Money): Money | null {
  return a.currency === b.currency ? { amountMinor: a.amountMinor - b.amountMinor, currency: a.currency } : null;
}

/** What the customer pays for one term of the cadence: unit price × quantity × months in the term. */
export function termTotal(unitPrice: Money, quantity: number, cadence: Cadence): Money {
  return multiply(unitPrice, quantity * termMonths(cadence));
}
