import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LabelRequest, placeLabels } from './placeLabels.js';

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  Math.abs(a.x - b.x) * 2 < a.width + b.width - 0.01 && Math.abs(a.y - b.y) * 2 < a.height + b.height - 0.01;

describe('placeLabels', () => {
  it('puts a lone label to the right of its marker, or to the left when preferred', () => {
    const m: LabelRequest = { id: 'a', x: 100, y: 100, r: 5, text: 'Moscow', priority: 1 };
    const [right] = placeLabels([m], { width: 400, height: 200 });
    const [left] = placeLabels([m], { width: 400, height: 200, prefer: 'left' });
    expect(right?.x).toBeGreaterThan(105);
    expect(left?.x).toBeLessThan(95);
  });
  it('moves a label that would leave the area to the other side', () => {
    const [l] = placeLabels([{ id: 'a', x: 395, y: 100, r: 5, text: 'Sophia Antipolis', priority: 1 }], {
      width: 400,
      height: 200,
    });
    expect((l?.x ?? 0) + (l?.width ?? 0) / 2).toBeLessThanOrEqual(400);
  });
  it('gives the higher-priority marker the label when two compete, and drops what does not fit', () => {
    const reqs = [
      { id: 'small', x: 50, y: 10, r: 4, text: 'Smaller park name', priority: 1 },
      { id: 'big', x: 50, y: 12, r: 4, text: 'Bigger park name', priority: 9 },
    ];
    const placed = placeLabels(reqs, { width: 200, height: 40 });
    expect(placed.map((p) => p.id)).toEqual(['big']);
  });
  it('never overlaps two labels, a label and another marker, or the edge (property)', () => {
    const req = fc.record({
      x: fc.integer({ min: 0, max: 300 }),
      y: fc.integer({ min: 0, max: 200 }),
      r: fc.integer({ min: 2, max: 12 }),
      text: fc.string({ minLength: 1, maxLength: 14 }),
      priority: fc.integer({ min: 0, max: 20 }),
    });
    fc.assert(
      fc.property(fc.array(req, { maxLength: 40 }), (list) => {
        const reqs = list.map((r, i) => ({ ...r, id: `m${i}` }));
        const placed = placeLabels(reqs, { width: 300, height: 200, fontSize: 11 });
        for (const [i, a] of placed.entries()) {
          expect(a.x - a.width / 2).toBeGreaterThanOrEqual(-0.05);
          expect(a.x + a.width / 2).toBeLessThanOrEqual(300.05);
          for (const b of placed.slice(i + 1)) expect(overlap(a, b)).toBe(false);
          for (const m of reqs)
            if (m.id !== a.id) expect(overlap(a, { x: m.x, y: m.y, width: 2 * m.r, height: 2 * m.r })).toBe(false);
        }
      }),
    );
  });
});
