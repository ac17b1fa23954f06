import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { separateMarkers } from './separateMarkers.js';

const maxOverlap = (discs: { r: number }[], pos: [number, number][]) => {
  let worst = 0;
  for (let i = 0; i < pos.length; i++)
    for (let j = i + 1; j < pos.length; j++) {
      const d = Math.hypot((pos[i]?.[0] ?? 0) - (pos[j]?.[0] ?? 0), (pos[i]?.[1] ?? 0) - (pos[j]?.[1] ?? 0));
      worst = Math.max(worst, (discs[i]?.r ?? 0) + (discs[j]?.r ?? 0) - d);
    }
  return worst;
};

describe('separateMarkers', () => {
  it('leaves markers that do not touch where they are', () => {
    const discs = [
      { x: 10, y: 10, r: 5 },
      { x: 40, y: 10, r: 5 },
    ];
    expect(separateMarkers(discs)).toEqual([
      [10, 10],
      [40, 10],
    ]);
  });
  it('parts markers piled on one spot, moving the larger one less', () => {
    const discs = [
      { x: 100, y: 100, r: 18 },
      { x: 100, y: 100, r: 6 },
      { x: 101, y: 100, r: 6 },
    ];
    const pos = separateMarkers(discs);
    expect(maxOverlap(discs, pos)).toBeLessThan(1);
    const moved = (i: number) => Math.hypot((pos[i]?.[0] ?? 0) - 100, (pos[i]?.[1] ?? 0) - 100);
    expect(moved(0)).toBeLessThan(moved(1));
  });
  it('removes nearly all overlap from random crowds and is deterministic (property)', () => {
    const disc = fc.record({
      x: fc.integer({ min: 0, max: 200 }),
      y: fc.integer({ min: 0, max: 120 }),
      r: fc.integer({ min: 3, max: 18 }),
    });
    fc.assert(
      fc.property(fc.array(disc, { maxLength: 30 }), (discs) => {
        const pos = separateMarkers(discs, { iterations: 200 });
        expect(maxOverlap(discs, pos)).toBeLessThan(2);
        expect(separateMarkers(discs, { iterations: 200 })).toEqual(pos);
      }),
      { numRuns: 60 },
    );
  });
});

describe('separateMarkers on sizes the types forbid', () => {
  it('returns (without looping forever) when a disc lies at infinity or NaN, and leaves it where it is', () => {
    const discs = [
      { x: Number.POSITIVE_INFINITY, y: 10, r: 5 },
      { x: 10, y: Number.NaN, r: 5 },
      { x: 10, y: 10, r: 5 },
      { x: 11, y: 10, r: 5 },
    ];
    const out = separateMarkers(discs);
    expect(out[0]).toEqual([Number.POSITIVE_INFINITY, 10]);
    expect(Number.isNaN(out[1]?.[1])).toBe(true);
    expect(maxOverlap(discs.slice(2), out.slice(2))).toBeLessThan(1);
  });
});
