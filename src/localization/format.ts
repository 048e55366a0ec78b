/**
 * Numbers, money and dates for one locale, through Intl. Intl objects are costly to create in
 * Chromium (ICU set-up), so each is made on first use and kept, and one Formatters object is kept
 * per locale tag for the whole page.
 */
import type { Money } from '../model/schemas.js';
import { dateForFormat } from '../model/dates.js';
import { whenIdle, whenIdleAfterPaint, type IdleOptions } from '../scheduling.js';

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
  // Even the locale is resolved on first use: nothing here touches Intl until something is formatted.
  const locale = lazy(() => usableLocale(tag));
  const dates = lazy(() => new Intl.DateTimeFormat(locale(), { dateStyle: 'long', timeZone: 'UTC' }));
  const shortDates = lazy(() => new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' }));
  const numbers = lazy(() => new Intl.NumberFormat(locale()));
  const plurals = lazy(() => new Intl.PluralRules(locale()));
  const moneyFormats = new Map<string, Intl.NumberFormat>();
  return {
    get locale() {
      return locale();
    },
    money({ amountMinor, currency }) {
      let format = moneyFormats.get(currency);
      if (!format) {
        format = new Intl.NumberFormat(locale(), { style: 'currency', currency });
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
 * The Intl objects a step change will need, each made by one call: numbers, plurals, long dates,
 * short date ranges. Money formats wait for their currency.
 */
function warmUpCalls(formatters: Formatters): (() => void)[] {
  return [
    () => formatters.count(1),
    () => formatters.isOne(1),
    () => formatters.date('2026-01-01'),
    () => formatters.dateRange('2026-01-01', '2026-01-02'),
  ];
}

/** The warm-up waits for idle time, or a little while where the browser cannot say when it is idle. */
const WARM_UP_IDLE: IdleOptions = { timeout: 2000, fallbackDelay: 200 };

/** The formatters whose warm-up has been scheduled. */
const warming = new WeakSet<Formatters>();

/**
 * Makes the Intl objects of `formatters` ahead of need, once per formatters: ICU's set-up costs tens
 * of milliseconds on first use in Chromium, which would otherwise land on the first Next. It starts
 * after the next frame (call it when a step has rendered: the warm-up never delays the first step's
 * paint), then makes one Intl object per idle callback, so each is a task of its own.
 */
export function warmUpAfterPaint(formatters: Formatters): void {
  if (warming.has(formatters)) return;
  warming.add(formatters);
  const calls = warmUpCalls(formatters);
  const runNext = () => {
    const call = calls.shift();
    if (!call) return;
    call();
    whenIdle(runNext, WARM_UP_IDLE);
  };
  whenIdleAfterPaint(runNext, WARM_UP_IDLE);
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
