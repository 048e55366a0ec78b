import { msg, str } from '@lit/localize';
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
  const one = (n: number) => plural.select(n) === 'one';
  const english = locale === 'en' || locale.startsWith('en-');
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
    licenses(n) {
      const count = numbers.format(n);
      return one(n) ? msg(str`${count} license`) : msg(str`${count} licenses`);
    },
    // The unit is an English noun from the API: used (pluralized) in English; other languages say licenses.
    units(n, unit) {
      return english ? `${numbers.format(n)} ${one(n) ? unit : `${unit}s`}` : this.licenses(n);
    },
    years(n) {
      const count = numbers.format(n);
      return one(n) ? msg(str`${count} year`) : msg(str`${count} years`);
    },
    cadence(cadence) {
      if (cadence === 'monthly') return msg('Monthly');
      if (cadence === 'prepay-1y') return msg('1-year prepay');
      const years = numbers.format(Number(cadence.charAt(7)));
      return msg(str`${years}-year prepay`);
    },
  };
  cache.set(locale, f);
  return f;
}
