import type { PartnershipDate } from './schema/partnership.js';

const DAY = 86_400_000;

/**
 * Days from 1970-01-01 to a proleptic Gregorian date (month 1-12), by arithmetic: no Date object per call (the
 * timeline dates 100,000 partnerships before its first frame). Linear in `day`, so day 0 or 32 roll over as Date's do.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  return (
    era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468
  );
}

/** Date.UTC without its quirk: it reads years 0–99 as 1900–1999; this keeps them (month 0-based, may overflow). */
function utc(year: number, month: number, day: number): number {
  const carry = Math.floor(month / 12);
  return daysFromCivil(year + carry, month - carry * 12 + 1, day) * DAY;
}

/** First and last millisecond (UTC) of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` period (any year, 0050 too). */
export function periodOf(value: string): { start: number; end: number } {
  const a = value.indexOf('-');
  const y = Number(a < 0 ? value : value.slice(0, a));
  if (a < 0) return { start: utc(y, 0, 1), end: utc(y + 1, 0, 1) - 1 };
  const b = value.indexOf('-', a + 1);
  const m = Number(b < 0 ? value.slice(a + 1) : value.slice(a + 1, b));
  if (b < 0) return { start: utc(y, m - 1, 1), end: utc(y, m, 1) - 1 };
  const start = utc(y, m - 1, Number(value.slice(b + 1)));
  return { start, end: start + DAY - 1 };
}

/** The span a partnership date covers: a day, a whole month or a whole year. */
export function dateExtent(date: PartnershipDate): { start: Date; end: Date } {
  const { start, end } = periodOf(date.value);
  return { start: new Date(start), end: new Date(end) };
}

/** Year of a partial date. */
export function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}
