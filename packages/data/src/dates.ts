import type { PartnershipDate } from './schema/partnership.js';

const DAY = 86_400_000;

/** First and last millisecond (UTC) of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` period. */
export function periodOf(value: string): { start: number; end: number } {
  const [y = 0, m, d] = value.split('-').map(Number);
  if (d !== undefined && m !== undefined) {
    const start = Date.UTC(y, m - 1, d);
    return { start, end: start + DAY - 1 };
  }
  if (m !== undefined) return { start: Date.UTC(y, m - 1, 1), end: Date.UTC(y, m, 1) - 1 };
  return { start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1) - 1 };
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
