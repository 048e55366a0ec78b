/**
 * The text of prices: every amount with its period, the first invoice, the change of a plan's
 * charge, the order summary and the confirmation. Amounts and dates come in already formatted.
 */
import { msg, str } from '@lit/localize';
import { billingDifference, isProRata } from '../../model/billing.js';
import type { Billing, Money, Quote } from '../../model/schemas.js';
import type { Formatters } from '../format.js';

/** "€750.00 per month", "€8,280.00 per year, paid in advance", "€22,680.00 every 3 years, paid in advance". */
export function amountPerPeriod(f: Formatters, billing: Billing): string {
  const amount = f.money(billing.amount);
  const count = f.count(billing.intervalCount);
  if (billing.interval === 'month') {
    if (billing.intervalCount === 1) return msg(str`${amount} per month`);
    return msg(str`${amount} every ${count} months`);
  }
  if (billing.intervalCount === 1) return msg(str`${amount} per year, paid in advance`);
  return msg(str`${amount} every ${count} years, paid in advance`);
}

/** A difference with its sign: "+€312.50", "−€312.50", "±€0.00". */
export function signedMoney(f: Formatters, money: Money): string {
  const size = f.money({ ...money, amountMinor: Math.abs(money.amountMinor) });
  if (money.amountMinor > 0) return `+${size}`;
  if (money.amountMinor < 0) return `−${size}`;
  return `±${size}`;
}

/** A change of charge: "€625.00 → €937.50 per month (+€312.50)", or both with their periods when they differ. */
export function chargeChange(f: Formatters, current: Billing, next: Billing, difference: string | null): string {
  const nextCharge = amountPerPeriod(f, next);
  if (difference === null) {
    const currentCharge = amountPerPeriod(f, current);
    return msg(str`${currentCharge} → ${nextCharge}`);
  }
  const currentAmount = f.money(current.amount);
  return msg(str`${currentAmount} → ${nextCharge} (${difference})`);
}

/** The first invoice in one line; `period` and `then` are left out when the quote does not give them. */
export function firstInvoiceLine(amount: string, period: string | null, proRata: boolean, then: string | null): string {
  let first = msg(str`First invoice ${amount}`);
  if (period !== null && proRata) first = msg(str`First invoice ${amount}, pro-rata for ${period}`);
  if (period !== null && !proRata) first = msg(str`First invoice ${amount}, for ${period}`);
  if (then === null) return msg(str`${first}.`);
  return msg(str`${first}; then ${then}.`);
}

/** "€112.50 per month from 1 Dec 2026" */
export const chargeFrom = (charge: string, date: string) => msg(str`${charge} from ${date}`);

export const moneyText = {
  saving: (amount: string) => msg(str`${amount} less than paying monthly`),
  taxIncluded: () => msg('Prices include VAT.'),
  taxExcluded: () => msg('Prices exclude VAT.'),
  withheld: () => msg('Prices are not shown for this organization. Your Pexip account manager can tell you more.'),
};

export const orderSummaryText = {
  heading: () => msg('Order summary'),
  estimate: () => msg('Estimate'),
  estimated: (price: string) => msg(str`Estimate: ${price}`),
  estimateNote: () => msg('An estimate from list prices. The price on Review is final.'),
};

export const confirmationText = {
  recap: () => msg('What you ordered'),
  orderNumber: () => msg('Order number'),
  next: () => msg('What happens next'),
  activeNow: () => msg('The plan is active now.'),
  orderPlacedHeading: () => msg('Order placed'),
  confirmationSentTo: () => msg('A confirmation email has been sent to'),
  inEffectFrom: (date: string) => msg(str`The plan is in effect from ${date}.`),
  startAnotherOrder: () => msg('Start another order'),
};

/** The recurring charge: "€750.00 per month", or "€625.00 → €937.50 per month (+€312.50)" when the quote says what the plan costs now. */
export function chargeText(fmt: Formatters, billing: Billing, current: Billing | undefined): string {
  if (!current) return amountPerPeriod(fmt, billing);
  const difference = billingDifference(current, billing);
  return chargeChange(fmt, current, billing, difference && signedMoney(fmt, difference));
}

/** "First invoice €3.75, pro-rata for 30 Nov – 30 Nov 2026; then €112.50 per month from 1 Dec 2026." or null without a first invoice. */
export function firstInvoiceText(fmt: Formatters, quote: Quote, billing: Billing | null): string | null {
  const first = quote.firstInvoice;
  if (!first) return null;
  const span = quote.firstInvoicePeriod;
  const period = span ? fmt.dateRange(span.start, span.end) : null;
  let then: string | null = null;
  if (billing && quote.nextInvoiceDate) then = chargeFrom(amountPerPeriod(fmt, billing), fmt.date(quote.nextInvoiceDate));
  return firstInvoiceLine(fmt.money(first), period, isProRata(first, billing), then);
}

/** "Prices include VAT." / "Prices exclude VAT.", or null when the quote does not say. */
export function taxText(quote: Quote): string | null {
  if (quote.taxIncluded === true) return moneyText.taxIncluded();
  if (quote.taxIncluded === false) return moneyText.taxExcluded();
  return null;
}
