import type { PartnershipDate } from './schema/partnership.js';

const DAY = 86_400_000;

/** Date.UTC without its quirk: it reads years 0–99 as 1900–1999; this keeps them (month may overflow). */
function utc(year: number, month: number, day: number): number {
  const t = new Date(0);
  t.setUTCFullYear(year, month, day);
  return t.getTime();
}

/** First and last millisecond (UTC) of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` period (any year, 0050 too). */
export function periodOf(value: string): { start: number; end: number } {
  const [y = 0, m, d] = value.split('-').map(Number);
  if (d !== undefined && m !== undefined) {
    const start = utc(y, m - 1, d);
    return { start, end: start + DAY - 1 };
  }
  if (m !== undefined) return { start: utc(y, m - 1, 1), end: utc(y, m, 1) - 1 };
  return { start: utc(y, 0, 1), end: utc(y + 1, 0, 1) - 1 };
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
