/**
 * Recurring charges: what one billing period costs, how a cadence is billed, what a prepay saves
 * against monthly and what a change of plan costs. Amounts stay in integer minor units.
 */
import { subtract, termMonths, termTotal } from './money.js';
import type { Billing, Cadence, Money, Quote } from './schemas.js';

/** How a cadence is billed, as billing APIs write it: monthly is month × 1, an N-year prepay is year × N. */
export function cadenceInterval(cadence: Cadence): Pick<Billing, 'interval' | 'intervalCount'> {
  const months = termMonths(cadence);
  if (months === 1) return { interval: 'month', intervalCount: 1 };
  return { interval: 'year', intervalCount: months / 12 };
}

/** Months covered by one billing period. */
export function billingMonths(billing: Pick<Billing, 'interval' | 'intervalCount'>): number {
  if (billing.interval === 'month') return billing.intervalCount;
  return 12 * billing.intervalCount;
}

/** A yearly charge is paid for its whole term up front. */
export function isPaidInAdvance(billing: Pick<Billing, 'interval'>): boolean {
  return billing.interval === 'year';
}

/** The charge per billing period of `quantity` licenses at `unitPrice` (a price per license per month). */
export function estimateBilling(unitPrice: Money, quantity: number, cadence: Cadence): Billing {
  return { amount: termTotal(unitPrice, quantity, cadence), ...cadenceInterval(cadence) };
}

/**
 * What paying by `cadence` saves per billing period against paying monthly for the same months,
 * or null when it saves nothing (or the prices are in different currencies).
 */
export function savingAgainstMonthly(
  unitPrice: Money,
  monthlyUnitPrice: Money,
  quantity: number,
  cadence: Cadence,
): Money | null {
  if (cadence === 'monthly') return null;
  const saving = subtract(termTotal(monthlyUnitPrice, quantity, cadence), termTotal(unitPrice, quantity, cadence));
  if (!saving || saving.amountMinor <= 0) return null;
  return saving;
}

/** Whether two charges recur over the same period, so their amounts can be compared directly. */
export function samePeriod(a: Billing, b: Billing): boolean {
  return billingMonths(a) === billingMonths(b);
}

/** New minus current charge per period, or null when the periods or currencies differ. */
export function billingDifference(current: Billing, next: Billing): Money | null {
  if (!samePeriod(current, next)) return null;
  return subtract(next.amount, current.amount);
}

/** The new plan's recurring charge: the quote's own, else the quote's total billed as the cadence is. */
export function quoteBilling(quote: Quote, cadence: Cadence | null): Billing | null {
  if (quote.billing) return quote.billing;
  if (!cadence) return null;
  return { amount: quote.total, ...cadenceInterval(cadence) };
}

/** Whether the first invoice covers less than a full period (it is pro-rata). */
export function isProRata(firstInvoice: Money, billing: Billing | null): boolean {
  if (!billing) return false;
  const difference = subtract(billing.amount, firstInvoice);
  return difference !== null && difference.amountMinor > 0;
}
