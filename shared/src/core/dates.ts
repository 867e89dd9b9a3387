/**
 * Dates cross every boundary as ISO calendar dates `YYYY-MM-DD` (no time, no zone), so that
 * a date means the same day on the server and in the browser. Arithmetic is done in UTC.
 */
export type IsoDate = string;
/** A calendar month `YYYY-MM`. */
export type IsoMonth = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

export function isIsoMonth(value: unknown): value is IsoMonth {
  if (typeof value !== 'string') return false;
  const m = ISO_MONTH.exec(value);
  return !!m && +m[2] >= 1 && +m[2] <= 12;
}

export function toUtc(date: IsoDate): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

export function fromUtc(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(new Date(toUtc(date).getTime() + days * DAY_MS));
}

/** Whole days from `a` to `b` (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / DAY_MS);
}

/** Same day of month `months` later, clamped to the month's last day (Jan 31 + 1 → Feb 28/29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = daysInMonth(monthOf(fromUtc(first)));
  first.setUTCDate(Math.min(d, last));
  return fromUtc(first);
}

export function monthOf(date: IsoDate): IsoMonth {
  return date.slice(0, 7);
}

export function firstDayOf(month: IsoMonth): IsoDate {
  return `${month}-01`;
}

export function lastDayOf(month: IsoMonth): IsoDate {
  return `${month}-${String(daysInMonth(month)).padStart(2, '0')}`;
}

const THIRTY_DAY_MONTHS = new Set([4, 6, 9, 11]);

/** Days in a valid `YYYY-MM` month (Gregorian leap years), without building a Date: a quote calls it on its hot path. */
export function daysInMonth(month: IsoMonth): number {
  const m = +month.slice(5, 7);
  if (m === 2) {
    const y = +month.slice(0, 4);
    return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  }
  return THIRTY_DAY_MONTHS.has(m) ? 30 : 31;
}

/** Month `n` months after `month` (negative for before). */
export function addMonthsToMonth(month: IsoMonth, n: number): IsoMonth {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return fromUtc(d).slice(0, 7);
}

/** First day of the month after the one `date` falls in. */
export function firstDayOfNextMonth(date: IsoDate): IsoDate {
  return firstDayOf(addMonthsToMonth(monthOf(date), 1));
}

/** Whole months from month a to month b (b − a). */
export function monthsBetween(a: IsoMonth, b: IsoMonth): number {
  const [ya, ma] = a.split('-').map(Number);
  const [yb, mb] = b.split('-').map(Number);
  return (yb - ya) * 12 + (mb - ma);
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  const d = toUtc(date).getUTCDay();
  return d === 0 ? 7 : d;
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
