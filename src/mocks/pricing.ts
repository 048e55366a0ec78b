/**
 * How the fake Partner Portal prices an order. The money rules are the model's (src/model/money.ts):
 * unit price × quantity × months in the term, and a monthly plan's first invoice pro rata by days
 * from the start date to the end of its month.
 */
import { addDays, addMonths, daysInMonth, firstOfMonth } from '../model/dates.js';
import { cadenceMonths, cadenceYears } from '../model/cadence.js';
import { multiply, termTotal } from '../model/money.js';
import type { Billing, Cadence, ExistingPlan, LicenseOrder, Money, Product, Quote } from '../model/schemas.js';
import { quoteLineLabel, type BackendLocale } from './text.js';

export interface QuoteOptions {
  /** The language of the line labels. Default 'en'. */
  locale?: BackendLocale;
  /** Change mode: the plan as it is, for `currentBilling`. */
  currentPlan?: ExistingPlan | null;
}

function unitPriceOf(product: Product, cadence: Cadence): Money | null {
  const option = product.paymentOptions.find((o) => o.cadence === cadence);
  return option?.unitPrice ?? null;
}

/** The recurring charge of `quantity` licenses on the cadence: month × 1, or year × N for an N-year prepay. */
export function billingFor(unitPrice: Money, quantity: number, cadence: Cadence): Billing {
  const amount = termTotal(unitPrice, quantity, cadence);
  if (cadence === 'monthly') return { amount, interval: 'month', intervalCount: 1 };
  return { amount, interval: 'year', intervalCount: cadenceYears(cadence) };
}

/** The first invoice: a monthly plan pays the rest of its start month pro rata, a prepay its whole term. */
function firstInvoiceOf(total: Money, cadence: Cadence, start: string) {
  if (cadence === 'monthly') {
    const days = daysInMonth(start);
    const dayOfMonth = Number(start.slice(8, 10));
    const remaining = days - dayOfMonth + 1;
    const nextInvoiceDate = firstOfMonth(addMonths(firstOfMonth(start), 1));
    return {
      firstInvoice: multiply(total, remaining / days),
      firstInvoicePeriod: { start, end: addDays(nextInvoiceDate, -1) },
      nextInvoiceDate,
    };
  }
  const nextInvoiceDate = addMonths(start, cadenceMonths(cadence));
  return {
    firstInvoice: total,
    firstInvoicePeriod: { start, end: addDays(nextInvoiceDate, -1) },
    nextInvoiceDate,
  };
}

/**
 * Prices an order that starts (or, for a change, takes effect) on `start`: one line, the total for
 * one term of the cadence, the recurring charge, and the first invoice with its period. Null when
 * the product has no price for the cadence. The backend adds the quote's id and expiry.
 */
export function quote(order: LicenseOrder, product: Product, start: string, options: QuoteOptions = {}): Quote | null {
  const { locale = 'en', currentPlan = null } = options;
  const unitPrice = unitPriceOf(product, order.cadence);
  if (!unitPrice) return null;
  const billing = billingFor(unitPrice, order.quantity, order.cadence);
  const total = billing.amount;
  const result: Quote = {
    lines: [{ label: quoteLineLabel(order.quantity, product.name, order.cadence, locale), amount: total }],
    total,
    billing,
    ...firstInvoiceOf(total, order.cadence, start),
    taxIncluded: false,
  };
  if (currentPlan) {
    const currentUnitPrice = unitPriceOf(product, currentPlan.cadence);
    if (currentUnitPrice) result.currentBilling = billingFor(currentUnitPrice, currentPlan.quantity, currentPlan.cadence);
  }
  return result;
}
