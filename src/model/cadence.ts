/** What each cadence means: how long one payment covers, and whether it is paid up front. */
import type { Cadence } from './schemas.js';

export interface CadenceTerms {
  /** Months covered by one payment: 1 for monthly, 12 × N for an N-year prepay. */
  months: number;
  /** Years paid up front: 0 for monthly, N for an N-year prepay. */
  years: number;
  /** Paid up front for the whole term, rather than month by month. */
  prepay: boolean;
}

export const CADENCE_TERMS: Record<Cadence, CadenceTerms> = {
  monthly: { months: 1, years: 0, prepay: false },
  'prepay-1y': { months: 12, years: 1, prepay: true },
  'prepay-2y': { months: 24, years: 2, prepay: true },
  'prepay-3y': { months: 36, years: 3, prepay: true },
  'prepay-4y': { months: 48, years: 4, prepay: true },
  'prepay-5y': { months: 60, years: 5, prepay: true },
};

/** Months covered by one payment of the cadence. */
export function cadenceMonths(cadence: Cadence): number {
  return CADENCE_TERMS[cadence].months;
}

/** Years paid up front by the cadence; 0 for monthly. */
export function cadenceYears(cadence: Cadence): number {
  return CADENCE_TERMS[cadence].years;
}

/** Whether the cadence is paid up front for its whole term. */
export function isPrepay(cadence: Cadence): boolean {
  return CADENCE_TERMS[cadence].prepay;
}
