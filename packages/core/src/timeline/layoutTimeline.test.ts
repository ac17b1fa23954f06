import { describe, expect, it } from 'vitest';
import { buildTimelineModel } from './buildTimelineModel.js';
import { AXIS_H, layoutTimeline, OVERVIEW_H, padRange } from './layoutTimeline.js';
import { markAnchor } from './markAnchor.js';
import { fixture } from './testFixture.js';

const model = buildTimelineModel(fixture(), 'country', 'en');

describe('layoutTimeline', () => {
  it('lays out lanes with the axis above, the tray under them and the overview last', () => {
    const l = layoutTimeline(model, { width: 900, height: 420 });
    expect(l.vertical).toBe(false);
    expect(l.lanes?.marks.map((m) => m.id).sort()).toEqual(['day-signed', 'month-announced', 'year-reported']);
    expect(l.tray?.chips).toHaveLength(1);
    expect(l.trayTop).toBe(AXIS_H + l.lanesHeight + 6);
    expect(l.overviewTop + OVERVIEW_H).toBeLessThanOrEqual(l.height);
    expect(l.height).toBe(420);
  });

  it('turns vertical below 480 px, with the lane name as each title’s second line', () => {
    const l = layoutTimeline(model, { width: 360 });
    expect(l.vertical).toBe(true);
    expect(l.lanes).toBeNull();
    const day = l.vLayout?.marks.find((m) => m.id === 'day-signed');
    expect(day?.label?.subtitle).toBe('France');
  });

  it('fills the lanes with a brushed range (2% spare each side) and keeps a zoom inside it', () => {
    const range = [Date.UTC(2017, 0, 1), Date.UTC(2018, 0, 1)] as const;
    const l = layoutTimeline(model, { width: 900, range });
    expect(l.base).toEqual(padRange(range));
    expect(l.tray).toBeNull();
    const zoomed = layoutTimeline(model, { width: 900, range, view: [0, Date.UTC(2017, 3, 1)] });
    expect(zoomed.view?.[0]).toBe(l.base?.[0]);
  });

  it('mirrors time in right-to-left layouts', () => {
    const ltr = layoutTimeline(model, { width: 900 }).lanes?.marks.find((m) => m.id === 'month-announced');
    const rtl = layoutTimeline(model, { width: 900, rtl: true }).lanes?.marks.find((m) => m.id === 'month-announced');
    expect(rtl!.center).toBeLessThan(ltr!.center);
  });
});

describe('markAnchor', () => {
  it('points at the middle of a mark, or of a chip in the tray', () => {
    const l = layoutTimeline(model, { width: 900, height: 420 });
    const m = l.lanes!.marks.find((x) => x.id === 'day-signed')!;
    expect(markAnchor(l, 'day-signed', -1)).toEqual({ x: l.plotLeft + m.center, y: AXIS_H + m.y + m.h / 2 });
    // The only undated event: the first chip of the tray.
    const chip = markAnchor(l, 'undated', 0);
    expect(chip?.y).toBeGreaterThan(l.trayTop);
  });
});
