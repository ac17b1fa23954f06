import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heightAtLeast, laneExtents, packItems } from './laneRows.js';

const lanes = ['a', 'b', 'c'];
const ctx = {
  width: 600,
  rtl: false,
  fontSize: 12,
  scale: (ms: number) => ms / 1e6,
  lanes,
  span: (k: string) => (k === 'a' ? 80 : 30),
  laneSet: new Set(lanes),
};
type Precision = 'day' | 'month' | 'year';
const span: Record<Precision, number> = { day: 86_399_999, month: 2.6e9, year: 3.1e10 };
const events = fc
  .array(
    fc.record({
      lane: fc.constantFrom(...lanes),
      at: fc.integer({ min: 0, max: 600 }),
      precision: fc.constantFrom<Precision>('day', 'month', 'year'),
    }),
    { maxLength: 150 },
  )
  .map((list) =>
    list.map(({ lane, at, precision }, i) => ({
      id: `e${i}`,
      lane,
      start: at * 1e6,
      end: at * 1e6 + span[precision],
      precision,
      label: 'x',
    })),
  );

describe('heightAtLeast', () => {
  // fitRows skips the packing of a taller row height when this bound already rules it out: it must never exceed
  // what that packing gives.
  it('never exceeds the height a taller row height packs to', () => {
    fc.assert(
      fc.property(events, fc.constantFrom(4, 5, 6, 8, 10, 24), (evs, rh) => {
        const pack = (h: number) => {
          const size = Math.max(3, Math.min(8, Math.floor(h)));
          const packed = packItems(laneExtents(evs, ctx, size, false), ctx, Math.ceil(18 / h - 0.01), 1);
          return { rh: h, packed, total: [...packed.rows.values()].reduce((s, n) => s + n, 0) * h };
        };
        expect(heightAtLeast(pack(3), rh)).toBeLessThanOrEqual(pack(rh).total);
      }),
    );
  });
});
