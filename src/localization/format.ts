/**
 * Numbers, money and dates for one locale, through Intl. Intl objects are costly to create in
 * Chromium (ICU set-up), so each is made on first use and kept, and one Formatters object is kept
 * per locale tag for the whole page.
 */
import type { Money } from '../model/schemas.js';
import { dateForFormat } from '../model/dates.js';

export interface Formatters {
  /** The locale the formatting uses (the tag asked for, or `en` when Intl does not know it). */
  readonly locale: string;
  money(money: Money): string;
  /** A date written YYYY-MM-DD, in the long style ("30 November 2026"). */
  date(iso: string): string;
  /** A period of two dates, as short as the locale writes it ("30 Nov – 31 Dec 2026"). */
  dateRange(startIso: string, endIso: string): string;
  count(n: number): string;
  /** Whether `n` takes the singular in this locale. */
  isOne(n: number): boolean;
}

/** `tag` if Intl accepts it as a locale, else English. */
function usableLocale(tag: string): string {
  try {
    return new Intl.Locale(tag).toString();
  } catch {
    return 'en';
  }
}

/** Runs `create` on first call and returns the same object after. */
function lazy<T>(create: () => T): () => T {
  let value: T | undefined;
  return () => {
    if (value === undefined) value = create();
    return value;
  };
}

function createFormatters(tag: string): Formatters {
  const locale = usableLocale(tag);
  const dates = lazy(() => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));
  const shortDates = lazy(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }));
  const numbers = lazy(() => new Intl.NumberFormat(locale));
  const plurals = lazy(() => new Intl.PluralRules(locale));
  const moneyFormats = new Map<string, Intl.NumberFormat>();
  return {
    locale,
    money({ amountMinor, currency }) {
      let format = moneyFormats.get(currency);
      if (!format) {
        format = new Intl.NumberFormat(locale, { style: 'currency', currency });
        moneyFormats.set(currency, format);
      }
      const fractionDigits = format.resolvedOptions().maximumFractionDigits ?? 2;
      return format.format(amountMinor / 10 ** fractionDigits);
    },
    date: (iso) => dates().format(dateForFormat(iso)),
    dateRange: (startIso, endIso) => shortDates().formatRange(dateForFormat(startIso), dateForFormat(endIso)),
    count: (n) => numbers().format(n),
    isOne: (n) => plurals().select(n) === 'one',
  };
}

/**
 * Creates the Intl objects a step change will need (numbers, plurals, dates) ahead of time. ICU's
 * set-up costs tens of milliseconds on first use in Chromium; done while the browser is idle after
 * the first step is shown, it is paid neither by the first render nor by the first Next.
 */
export function warmUp(formatters: Formatters): void {
  formatters.count(1);
  formatters.isOne(1);
  formatters.date('2026-01-01');
}

const byTag = new Map<string, Formatters>();

/** The formatting for a BCP 47 tag, shared by every wizard on the page that uses it. */
export function formattersFor(tag: string): Formatters {
  let formatters = byTag.get(tag);
  if (!formatters) {
    formatters = createFormatters(tag);
    byTag.set(tag, formatters);
  }
  return formatters;
}
