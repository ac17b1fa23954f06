import { describe, expect, it } from 'vitest';
import { layoutTray } from './layoutTray.js';

const labels = Array.from({ length: 40 }, (_, i) => `Undated partnership number ${i + 1}`);

describe('layoutTray', () => {
  it('flows chips in rows inside the width without overlaps', () => {
    const t = layoutTray(labels.slice(0, 6), 600);
    for (const c of t.chips) expect(c.x >= 0 && c.x + c.w <= 600).toBe(true);
    for (const a of t.chips)
      for (const b of t.chips) if (a !== b && a.y === b.y) expect(a.x + a.w <= b.x || b.x + b.w <= a.x).toBe(true);
    expect(t.hidden).toBe(0);
  });
  it('shows at most maxRows rows and counts what it leaves out', () => {
    const t = layoutTray(labels, 600, { maxRows: 2 });
    expect(t.rows).toBeLessThanOrEqual(2);
    expect(t.chips.length + t.hidden).toBe(40);
  });
  it('always draws the chip a keyboard user moved to', () => {
    const t = layoutTray(labels, 600, { maxRows: 2, focus: 33 });
    expect(t.chips.some((c) => c.index === 33)).toBe(true);
  });
  it('flows from the right edge in right-to-left layouts', () => {
    const t = layoutTray(labels.slice(0, 1), 600, { rtl: true });
    expect(t.chips[0]!.x + t.chips[0]!.w).toBe(600);
  });
  it('cuts a title too long for half the tray', () => {
    const t = layoutTray(['x'.repeat(200)], 400);
    expect(t.chips[0]!.w).toBeLessThanOrEqual(200);
    expect(t.chips[0]!.text.endsWith('…')).toBe(true);
  });
});
