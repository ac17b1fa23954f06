import { utcTicks } from 'd3-time';
import { yearText } from './dateText.js';
import { type LinearScale, linearScale } from './linearScale.js';
import type { TimeRange } from './zoomDomain.js';

/** A time scale over `domain` onto `[0, length]`, mirrored (later = left) when `reversed`. */
export function timeScale(domain: TimeRange, length: number, reversed = false): LinearScale {
  return linearScale(domain, reversed ? [length, 0] : [0, length]);
}

/**
 * Tick dates for a time axis about `length` px long (one tick per ~`spacing` px) and a formatter in
 * `locale`: years when the ticks fall on 1 January, otherwise month and year (UTC throughout).
 */
export function timeTicks(domain: TimeRange, length: number, locale: string, spacing = 90) {
  // At most 1,000 ticks: a length of Infinity or 1e12 (which the types allow) must not hang the page.
  const count = Math.min(1000, Math.max(2, Math.floor(length / spacing) || 2));
  // d3-time's UTC ticks: the same dates d3-scale's scaleUtc().ticks() gives (it calls this function).
  const ticks = utcTicks(new Date(domain[0]), new Date(domain[1]), count);
  const yearly = ticks.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1);
  // Years as the events' dates write them (the same texts, cached, perhaps given by `addDateTexts`).
  if (yearly) return { ticks, format: (d: Date) => yearText(d.getUTCFullYear(), locale) };
  const fmt = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  return { ticks, format: (d: Date) => fmt.format(d) };
}
