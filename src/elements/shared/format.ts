import { msg, str } from '@lit/localize';
import type { Cadence, Money } from '../../model/schemas.js';
import { dateForFormat } from '../../model/dates.js';
import { cadenceYears } from '../../model/cadence.js';

/**
 * Formatting for one locale. The root builds it when the locale changes, so
 * Intl objects are not built on every render or keystroke.
 */
export interface Formatters {
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

/** Formatting for a BCP 47 tag, or for English when Intl does not support it. */
export function formatters(tag: string): Formatters {
  let locale = 'en';
  try {
    locale = Intl.NumberFormat.supportedLocalesOf(tag)[0] || locale;
  } catch {
    // Not a valid tag.
  }
  // By currency: ISO 4217 codes (the schema checks), so they are safe as keys of a plain object.
  const moneyFormats: Record<string, Intl.NumberFormat> = {};
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  // Intl's format() is bound to its formatter, so it can be passed on as it is.
  const formatNumber = new Intl.NumberFormat(locale).format;
  const plural = new Intl.PluralRules(locale);
  const one = (n: number) => plural.select(n) === 'one';
  const licenses = (n: number) => {
    const count = formatNumber(n);
    return one(n) ? msg(str`${count} license`) : msg(str`${count} licenses`);
  };
  return {
    money({ amountMinor, currency }) {
      const nf = (moneyFormats[currency] ??= new Intl.NumberFormat(locale, { style: 'currency', currency }));
      return nf.format(amountMinor / 10 ** (nf.resolvedOptions().maximumFractionDigits ?? 2));
    },
    date: (iso) => dates.format(dateForFormat(iso)),
    count: formatNumber,
    licenses,
    // The unit is an English noun from the API: used (pluralized) in English; other languages say licenses.
    units: (n, unit) => (/^en\b/.test(locale) ? `${formatNumber(n)} ${one(n) ? unit : `${unit}s`}` : licenses(n)),
    years(n) {
      const count = formatNumber(n);
      return one(n) ? msg(str`${count} year`) : msg(str`${count} years`);
    },
    cadence(cadence) {
      if (cadence === 'monthly') return msg('Monthly');
      if (cadence === 'prepay-1y') return msg('1-year prepay');
      const years = formatNumber(cadenceYears(cadence));
      return msg(str`${years}-year prepay`);
    },
  };
}
