/** Words built from numbers and the contract's codes: counts of licenses, periods, cadences, steps. */
import { msg, str } from '@lit/localize';
import type { Cadence, ConsumerTab, StepId } from '../../model/schemas.js';
import { termMonths } from '../../model/money.js';
import type { Formatters } from '../format.js';

/** "1 license" / "12 licenses" */
export function licenses(f: Formatters, n: number): string {
  const count = f.count(n);
  if (f.isOne(n)) return msg(str`${count} license`);
  return msg(str`${count} licenses`);
}

/**
 * "1 user" / "12 users" for a product's unit noun. The unit is an English noun from the API, so it is
 * used (pluralized) in English only; other languages say licenses.
 */
export function units(f: Formatters, n: number, unit: string): string {
  if (!/^en\b/.test(f.locale)) return licenses(f, n);
  const noun = f.isOne(n) ? unit : `${unit}s`;
  return `${f.count(n)} ${noun}`;
}

/** "1 year" / "3 years" */
export function years(f: Formatters, n: number): string {
  const count = f.count(n);
  if (f.isOne(n)) return msg(str`${count} year`);
  return msg(str`${count} years`);
}

/** "Monthly", "1-year prepay", "3-year prepay" */
export function cadenceName(f: Formatters, cadence: Cadence): string {
  if (cadence === 'monthly') return msg('Monthly');
  if (cadence === 'prepay-1y') return msg('1-year prepay');
  const count = f.count(termMonths(cadence) / 12);
  return msg(str`${count}-year prepay`);
}

/** A step's name, as in its heading and the breadcrumb. */
export function stepName(step: StepId): string {
  switch (step) {
    case 'product':
      return msg('Product');
    case 'quantity':
      return msg('Quantity');
    case 'payment':
      return msg('Payment');
    case 'start-date':
      return msg('Start date');
    case 'references':
      return msg('References');
    case 'review':
      return msg('Review');
  }
}

/** "Step 3 of 6: Payment" */
export function stepOf(index: number, total: number, step: StepId): string {
  const name = stepName(step);
  return msg(str`Step ${index} of ${total}: ${name}`);
}

/** The Partner Portal tab where a product's license consumers are managed. */
export function tabName(tab: ConsumerTab): string {
  switch (tab) {
    case 'users':
      return msg('Users');
    case 'team-vmrs':
      return msg('Team VMRs');
    case 'endpoints':
      return msg('Endpoints');
    case 'domains':
      return msg('Domains');
  }
}
