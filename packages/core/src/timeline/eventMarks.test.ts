import { describe, expect, it } from 'vitest';
import { eventGeometry, eventMark, eventStroke, ringMark } from './eventMarks.js';

const at = { a0: 10, a1: 50, center: 30, b0: 0, size: 18, pointSize: 8 };

describe('eventMark', () => {
  it('draws a day as a circle, a month as a thin rounded bar and a year as a band filling its row', () => {
    expect(eventMark({ ...at, shape: 'point', reported: false })).toMatchObject({ type: 'circle', x: 30, y: 9, r: 4 });
    const bar = eventMark({ ...at, shape: 'bar', reported: false });
    const band = eventMark({ ...at, shape: 'band', reported: false });
    expect(bar).toMatchObject({ type: 'rect', rx: 1.5, fill: 'var(--pl-accent)' });
    expect(band.type === 'rect' && bar.type === 'rect' && band.height > bar.height).toBe(true);
  });

  it('draws a date known only from a report hollow and dashed (solid when too small to show a dash)', () => {
    expect(eventMark({ ...at, shape: 'band', reported: true })).toMatchObject({ fill: 'var(--pl-bg)', dash: '3 2' });
    expect(eventStroke('point', true, 4)).toEqual({ strokeWidth: 1.2 });
  });

  it('lays a vertical event along y', () => {
    const g = eventGeometry({ ...at, shape: 'bar', vertical: true });
    expect(g.kind === 'rect' && [g.y, g.height]).toEqual([10, 40]);
  });
});

describe('ringMark', () => {
  it('rings a mark a little outside it, wider for the keyboard focus', () => {
    const sel = ringMark({ ...at, shape: 'point' }, 'selected');
    const focus = ringMark({ ...at, shape: 'point' }, 'focus');
    expect(sel).toMatchObject({ type: 'circle', r: 6, stroke: 'var(--pl-fg)', fill: 'none' });
    expect(focus).toMatchObject({ r: 7.5, stroke: 'var(--pl-focus)' });
  });
});
