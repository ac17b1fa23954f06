import { describe, expect, it } from 'vitest';
import { timeTicks } from './timeTicks.js';

const domain: [number, number] = [Date.UTC(2000, 0, 1), Date.UTC(2020, 0, 1)];

describe('timeTicks', () => {
  it('gives about one tick per 90 px, years when they fall on 1 January', () => {
    const { ticks, format } = timeTicks(domain, 900, 'en');
    expect(ticks.length).toBeGreaterThanOrEqual(5);
    expect(ticks.length).toBeLessThanOrEqual(21);
    expect(format(ticks[0]!)).toMatch(/^\d{4}$/);
  });

  it('stays bounded for lengths the types allow but no page has (Infinity, NaN, 1e12, negative)', () => {
    for (const length of [Number.POSITIVE_INFINITY, Number.NaN, 1e12, -100]) {
      const { ticks } = timeTicks(domain, length, 'en');
      // d3 gives about the count asked for (at most 1,000).
      expect(ticks.length, String(length)).toBeLessThanOrEqual(1500);
    }
  });
});
