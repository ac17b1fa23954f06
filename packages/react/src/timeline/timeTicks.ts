import { scaleUtc } from '@visx/scale';
import type { TimeRange } from './zoomDomain.js';

/** A time scale over `domain` onto `[0, length]`, mirrored (later = left) when `reversed`. */
export function timeScale(domain: TimeRange, length: number, reversed = false) {
  return scaleUtc<number>({
    domain: [new Date(domain[0]), new Date(domain[1])],
    range: reversed ? [length, 0] : [0, length],
  });
}

/**
 * Tick dates for a time axis about `length` px long (one tick per ~`spacing` px) and a formatter in
 * `locale`: years when the ticks fall on 1 January, otherwise month and year (UTC throughout).
 */
export function timeTicks(domain: TimeRange, length: number, locale: string, spacing = 90) {
  const scale = timeScale(domain, length);
  const ticks = scale.ticks(Math.max(2, Math.floor(length / spacing)));
  const yearly = ticks.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1);
  const fmt = new Intl.DateTimeFormat(
    locale,
    yearly ? { year: 'numeric', timeZone: 'UTC' } : { year: 'numeric', month: 'short', timeZone: 'UTC' },
  );
  return { ticks, format: (d: Date) => fmt.format(d) };
}
