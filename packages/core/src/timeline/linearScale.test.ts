import { scaleLinear } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearScale } from './linearScale.js';

describe('linearScale', () => {
  it('maps and inverts like d3-scale’s linear scale, forwards and mirrored, inside and beyond the domain', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 1, max: 1e11 }),
        fc.integer({ min: 10, max: 4000 }),
        fc.boolean(),
        fc.double({ min: -0.5, max: 1.5, noNaN: true }),
        (start, span, width, mirrored, t) => {
          const range = mirrored ? [width, 0] : [0, width];
          const ours = linearScale([start, start + span], range);
          const d3 = scaleLinear()
            .domain([start, start + span])
            .range(range);
          const v = start + t * span;
          expect(ours(v)).toBeCloseTo(d3(v), 4);
          expect(ours.invert(d3(v)) / span).toBeCloseTo(v / span, 6);
        },
      ),
    );
  });

  it('is piecewise across several knots (the vertical timeline’s years of different heights)', () => {
    const s = linearScale([0, 10, 30], [0, 100, 120]);
    expect([s(5), s(10), s(20), s(40)]).toEqual([50, 100, 110, 130]);
    expect(s.invert(110)).toBe(20);
    expect(s(new Date(10))).toBe(100);
  });
});
