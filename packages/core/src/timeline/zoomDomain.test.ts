import { describe, expect, it } from 'vitest';
import { clampDomain, panDomain, rangeFromBrush, revealInDomain, timeBounds, zoomDomain } from './zoomDomain.js';

const DAY = 86_400_000;
const bounds = [0, 1000 * DAY] as const;

describe('zoomDomain', () => {
  it('halves the window around the anchor and keeps the anchor where it was', () => {
    const v = zoomDomain(bounds, 2, 250 * DAY, bounds);
    expect(v[1] - v[0]).toBe(500 * DAY);
    expect((250 * DAY - v[0]) / (v[1] - v[0])).toBeCloseTo(0.25, 5);
  });
  it('never zooms out past the bounds nor in past the minimum span', () => {
    expect(zoomDomain([100 * DAY, 200 * DAY], 0.01, 150 * DAY, bounds)).toEqual([0, 1000 * DAY]);
    const v = zoomDomain(bounds, 1e6, 500 * DAY, bounds);
    expect(v[1] - v[0]).toBe(30 * DAY);
  });
  it('pans and clamps without resizing', () => {
    expect(panDomain([0, 100 * DAY], -50 * DAY, bounds)).toEqual([0, 100 * DAY]);
    expect(panDomain([0, 100 * DAY], 950 * DAY, bounds)).toEqual([900 * DAY, 1000 * DAY]);
    expect(clampDomain([-10, 2000 * DAY], bounds)).toEqual([0, 1000 * DAY]);
  });
  it('reveals an event outside the window, and leaves the window alone when it is inside', () => {
    const view = [100 * DAY, 200 * DAY] as const;
    expect(revealInDomain(view, 150 * DAY, 151 * DAY, bounds)).toBe(view);
    const moved = revealInDomain(view, 300 * DAY, 301 * DAY, bounds);
    expect(moved[0] <= 300 * DAY && moved[1] >= 301 * DAY).toBe(true);
    expect(moved[1] - moved[0]).toBe(100 * DAY);
  });
  it('spans dated periods in whole years with a margin and ignores undated ones', () => {
    const b = timeBounds([
      { start: Date.UTC(2016, 6, 5), end: Date.UTC(2016, 6, 6) - 1 },
      { start: null, end: null },
      { start: Date.UTC(2020, 0, 1), end: Date.UTC(2021, 0, 1) - 1 },
    ])!;
    expect(b[0]).toBeLessThan(Date.UTC(2016, 0, 1));
    expect(b[1]).toBeGreaterThan(Date.UTC(2021, 0, 1));
    expect(timeBounds([{ start: null, end: null }])).toBeNull();
  });
});

describe('rangeFromBrush', () => {
  it('orders and rounds the brushed bounds', () => {
    expect(rangeFromBrush({ x0: 50.6 * DAY, x1: 10.2 * DAY })).toEqual([
      Math.round(10.2 * DAY),
      Math.round(50.6 * DAY),
    ]);
  });
  it('treats a click (under a day) or no selection as clearing the range', () => {
    expect(rangeFromBrush({ x0: DAY, x1: DAY + 1000 })).toBeNull();
    expect(rangeFromBrush(null)).toBeNull();
    expect(rangeFromBrush({ x0: Number.NaN, x1: DAY * 9 })).toBeNull();
  });
});
