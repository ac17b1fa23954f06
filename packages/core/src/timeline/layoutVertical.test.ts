import { toTimelineEvents } from '@parklinks/data';
import { describe, expect, it } from 'vitest';
import type { LaneEvent } from './layoutLanes.js';
import { layoutVertical } from './layoutVertical.js';
import { fixture } from './testFixture.js';
import { wrapText } from './wrapText.js';

const events: LaneEvent[] = toTimelineEvents(fixture())
  .filter((e) => e.start !== null)
  .map((e) => ({
    id: e.id,
    lane: 'x',
    start: e.start!,
    end: e.end!,
    precision: e.precision as LaneEvent['precision'],
    label: `Title of ${e.id}`,
  }));
const domain = [Date.UTC(2015, 6, 1), Date.UTC(2018, 6, 1)] as const;

describe('layoutVertical', () => {
  it('runs time down the page: a year band spans exactly from its year tick to the next', () => {
    const v = layoutVertical(events, { domain, width: 360 });
    const band = v.marks.find((m) => m.id === 'year-reported')!;
    expect(band.a0).toBeCloseTo(v.scale(Date.UTC(2016, 0, 1)), 0);
    expect(band.a1).toBeCloseTo(v.scale(Date.UTC(2017, 0, 1)), 0);
    const day = v.marks.find((m) => m.id === 'day-signed')!;
    const month = v.marks.find((m) => m.id === 'month-announced')!;
    expect(day.center).toBeLessThan(month.center);
  });
  it('labels every event without overlaps and inside the width', () => {
    const v = layoutVertical(events, { domain, width: 360 });
    const labels = v.marks.map((m) => m.label!).sort((a, b) => a.y - b.y);
    labels.forEach((l, i) => {
      expect(l.x).toBeGreaterThan(0);
      if (i > 0) expect(l.y).toBeGreaterThanOrEqual(labels[i - 1]!.y + labels[i - 1]!.height);
    });
    expect(v.height).toBeGreaterThanOrEqual(labels[labels.length - 1]!.y + labels[labels.length - 1]!.height);
  });
  it('mirrors to axis-right, labels-left in right-to-left layouts', () => {
    const v = layoutVertical(events, { domain, width: 360, rtl: true });
    expect(v.axisX).toBeGreaterThan(300);
    for (const m of v.marks) expect(m.label!.x).toBeLessThan(m.x);
  });
});

describe('wrapText', () => {
  it('breaks at spaces within the width and cuts what does not fit in the lines allowed', () => {
    const lines = wrapText(
      'Chengdu Hi-tech Zone and Sophia Antipolis sister-park agreement signed in Nice',
      120,
      12,
      2,
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });
  it('breaks text without spaces (Chinese) anywhere', () => {
    expect(wrapText('中关村与莫斯科创新集群合作备忘录签署仪式', 60, 12, 5).length).toBeGreaterThan(2);
  });
});
