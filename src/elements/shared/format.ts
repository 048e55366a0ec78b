import type { Cadence, Money } from '../../model/schemas.js';
import { dateForFormat } from '../../model/dates.js';

/**
 * Formatting for one locale. Intl objects are built once per locale (and per
 * currency), not on every render or keystroke.
 */
export interface Formatters {
  locale: string;
  money(money: Money): string;
  date(iso: string): string;
  count(n: number): string;
  /** "1 license" / "12 licenses" */
  licenses(n: number): string;
  /** "1 user" / "12 users" for a product's unit noun. */
  units(n: number, unit: string): string;
  /** "1 year" / "3 years" */
  years(n: number): string;
  cadence(cadence: Cadence): string;
}

const cache = new Map<string, Formatters>();

export function resolveLocale(requested: string | undefined): string {
  try {
    return (requested && Intl.NumberFormat.supportedLocalesOf(requested)[0]) || 'en';
  } catch {
    return 'en';
  }
}

export function formatters(locale: string): Formatters {
  let f = cache.get(locale);
  if (f) return f;
  const moneyFormats = new Map<string, [Intl.NumberFormat, number]>();
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const numbers = new Intl.NumberFormat(locale);
  const plural = new Intl.PluralRules(locale);
  const noun = (n: number, one: string) => `${numbers.format(n)} ${plural.select(n) === 'one' ? one : `${one}s`}`;
  f = {
    locale,
    money({ amountMinor, currency }) {
      let entry = moneyFormats.get(currency);
      if (!entry) {
        const nf = new Intl.NumberFormat(locale, { style: 'currency', currency });
        entry = [nf, 10 ** (nf.resolvedOptions().maximumFractionDigits ?? 2)];
        moneyFormats.set(currency, entry);
      }
      return entry[0].format(amountMinor / entry[1]);
    },
    date: (iso) => dates.format(dateForFormat(iso)),
    count: (n) => numbers.format(n),
    licenses: (n) => noun(n, 'license'),
    units: (n, unit) => noun(n, unit),
    years: (n) => noun(n, 'year'),
    cadence: (cadence) => (cadence === 'monthly' ? 'Monthly' : `${cadence.charAt(7)}-year prepay`),
  };
  cache.set(locale, f);
  return f;
}
