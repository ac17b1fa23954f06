import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PackItem, packLanes } from './packLanes.js';

const item = fc
  .record({
    lane: fc.constantFrom('a', 'b', 'c'),
    a0: fc.integer({ min: -50, max: 1000 }),
    w: fc.integer({ min: 0, max: 200 }),
  })
  .map(({ lane, a0, w }): PackItem => ({ lane, a0, a1: a0 + w }));

/** Most items of one lane that a single vertical line crosses (gap included): no packing can use fewer rows. */
function depth(items: PackItem[], lane: string, gap: number): number {
  const own = items.filter((i) => i.lane === lane);
  return Math.max(0, ...own.map((p) => own.filter((q) => q.a0 <= p.a0 && q.a1 + gap > p.a0).length));
}

describe('packLanes', () => {
  it('never puts two overlapping items in the same row of a lane', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 120 }), fc.integer({ min: 0, max: 10 }), (items, gap) => {
        const { row } = packLanes(items, gap);
        for (let i = 0; i < items.length; i++)
          for (let j = i + 1; j < items.length; j++) {
            const a = items[i]!;
            const b = items[j]!;
            if (a.lane !== b.lane || row[i] !== row[j]) continue;
            expect(a.a1 + gap <= b.a0 || b.a1 + gap <= a.a0).toBe(true);
          }
      }),
    );
  });

  it('uses exactly as many rows as the deepest overlap needs', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 80 }), (items) => {
        const { rows, row } = packLanes(items, 2);
        for (const lane of ['a', 'b', 'c']) expect(rows.get(lane) ?? 0).toBe(depth(items, lane, 2));
        for (const [i, it] of items.entries()) expect(row[i]).toBeLessThan(rows.get(it.lane)!);
      }),
    );
  });

  it('gives the same rows for the same input, whatever came before', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), (items) => {
        expect(packLanes(items, 1)).toEqual(packLanes([...items], 1));
      }),
    );
  });

  it('puts non-overlapping items of one lane on one row', () => {
    const { row, rows } = packLanes([
      { lane: 'x', a0: 0, a1: 10 },
      { lane: 'x', a0: 12, a1: 20 },
      { lane: 'x', a0: 5, a1: 15 },
    ]);
    expect(row).toEqual([0, 0, 1]);
    expect(rows.get('x')).toBe(2);
  });
});
