/** Calendar dates as 'YYYY-MM-DD' strings. All arithmetic is in UTC so no time zone can shift a day. */

const ISO = /^\d{4}-\d{2}-\d{2}$/;

const toUtc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** True for a well-formed date that exists in the calendar (rejects 2026-02-30). */
export function isRealDate(value: string): boolean {
  const d = toUtc(value);
  // toISOString() throws for an invalid date (2026-13-01), so it is called only for a valid one.
  return ISO.test(value) && !isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today's date in the user's own time zone. */
export function localToday(now = new Date()): string {
  const shifted = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return toIsoDate(shifted);
}

export function addDays(iso: string, days: number): string {
  const d = toUtc(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return toIsoDate(d);
}

export function addMonths(iso: string, months: number): string {
  const d = toUtc(iso);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  d.setUTCDate(Math.min(day, daysInMonth(toIsoDate(d))));
  return toIsoDate(d);
}

export function daysInMonth(iso: string): number {
  const d = toUtc(iso);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
}

export function firstOfMonth(iso: string): string {
  return `${iso.slice(0, 8)}01`;
}

/** A Date for formatting an ISO date with Intl (format it with timeZone: 'UTC'). */
export const dateForFormat = toUtc;
