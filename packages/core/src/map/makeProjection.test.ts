import { geoMercator } from 'd3-geo';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeProjection, pointProjector } from './makeProjection.js';

describe('pointProjector', () => {
  it("gives the same points as makeProjection's projection, for the world and for a data fit", () => {
    const fits = [
      makeProjection({ width: 960, height: 600, fit: 'world', points: [] }),
      makeProjection({
        width: 700,
        height: 400,
        fit: 'data',
        points: [
          [2, 48],
          [30, 60],
          [10, 40],
        ],
      }),
    ];
    const lonLat = fc.tuple(
      fc.double({ min: -400, max: 400, noNaN: true }),
      fc.double({ min: -90, max: 90, noNaN: true }),
    );
    for (const projection of fits) {
      const fast = pointProjector(projection);
      expect(fast).not.toBe(projection);
      fc.assert(
        fc.property(lonLat, (p) => {
          const [x, y] = fast(p) as [number, number];
          const [ex, ey] = projection(p) as [number, number];
          expect(x).toBeCloseTo(ex, 6);
          expect(y).toBeCloseTo(ey, 6);
        }),
        { numRuns: 500, seed: 3 },
      );
    }
  });

  it('hands back any other projection as it is', () => {
    const mercator = geoMercator();
    expect(pointProjector(mercator)).toBe(mercator);
    const rotated = makeProjection({ width: 960, height: 600, fit: 'world', points: [] }).rotate([-150, 0]);
    expect(pointProjector(rotated)).toBe(rotated);
  });
});
