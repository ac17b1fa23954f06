import { syntheticDataset, toTimelineEvents } from '@parklinks/data';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../shared/textWidth.js';
import { type LaidMark, type LaneEvent, layoutLanes } from './layoutLanes.js';

const t0 = Date.UTC(1993, 0, 1);
const t1 = Date.UTC(2027, 0, 1);
const scale =
  (w: number, rtl = false) =>
  (ms: number) => {
    const x = ((ms - t0) / (t1 - t0)) * w;
    return rtl ? w - x : x;
  };
function synthetic(links: number): LaneEvent[] {
  const data = syntheticDataset({ parks: Math.max(50, links / 5), links, seed: 7 });
  return toTimelineEvents(data)
    .filter((e) => e.start !== null)
    .map((e, i) => ({
      id: e.id,
      lane: `L${i % 4}`,
      start: e.start!,
      end: e.end!,
      precision: e.precision as LaneEvent['precision'],
      label: `Synthetic agreement ${e.id}`,
    }));
}
const labelBox = (m: LaidMark, ev: LaneEvent) => {
  const w = textWidth(m.label!.text ?? ev.label);
  return m.label!.side === 'after' ? [m.label!.x, m.label!.x + w] : [m.label!.x - w, m.label!.x];
};
/** Every interval a row holds: marks and the labels drawn beside them. */
function rowIntervals(marks: LaidMark[], events: Map<string, LaneEvent>) {
  const rows = new Map<string, [number, number][]>();
  for (const m of marks) {
    const k = `${m.lane}/${m.row}`;
    const list = rows.get(k) ?? [];
    list.push([m.a0, m.a1]);
    if (m.label) list.push(labelBox(m, events.get(m.id)!) as [number, number]);
    rows.set(k, list);
  }
  return rows;
}
const overlaps = (list: [number, number][]) => {
  const s = [...list].sort((a, b) => a[0] - b[0]);
  return s.some((x, i) => i > 0 && x[0] < s[i - 1]![1]);
};

describe('layoutLanes', () => {
  for (const [n, rtl] of [
    [40, false],
    [40, true],
    [2000, false],
    [2000, true],
  ] as const) {
    it(`keeps marks and labels apart within every row (${n} links${rtl ? ', right to left' : ''})`, () => {
      const events = synthetic(n);
      const byId = new Map(events.map((e) => [e.id, e]));
      const out = layoutLanes(events, {
        scale: scale(900, rtl),
        width: 900,
        height: 500,
        lanes: ['L0', 'L1', 'L2', 'L3'],
        rtl,
      });
      expect(out.marks).toHaveLength(events.length);
      for (const list of rowIntervals(out.marks, byId).values()) expect(overlaps(list)).toBe(false);
      for (const m of out.marks)
        if (m.label) for (const x of labelBox(m, byId.get(m.id)!)) expect(x >= 0 && x <= 900).toBe(true);
    });
  }

  it('keeps marks and titles clear of each lane’s name', () => {
    const events = synthetic(2000);
    const byId = new Map(events.map((e) => [e.id, e]));
    for (const rtl of [false, true]) {
      for (const height of [300, 3000]) {
        const out = layoutLanes(events, {
          scale: scale(900, rtl),
          width: 900,
          height,
          lanes: ['L0', 'L1', 'L2', 'L3'],
          rtl,
          laneLabelSpan: () => 120,
        });
        for (const m of out.marks) {
          const lane = out.lanes.find((l) => l.key === m.lane)!;
          if (m.y >= lane.y + 18) continue; // below the name
          const boxes = [[m.a0, m.a1], ...(m.label ? [labelBox(m, byId.get(m.id)!)] : [])];
          for (const [a, b] of boxes) expect(rtl ? b! <= 900 - 120 + 0.1 : a! >= 120 - 0.1).toBe(true);
        }
      }
    }
  });

  it('labels every event when there is room, on the reading side', () => {
    const events = synthetic(20);
    const ltr = layoutLanes(events, { scale: scale(1200), width: 1200, height: 2000, lanes: ['L0', 'L1', 'L2', 'L3'] });
    expect(ltr.marks.every((m) => m.label)).toBe(true);
    expect(ltr.marks.filter((m) => m.label!.side === 'after').length).toBeGreaterThan(events.length / 2);
    const rtl = layoutLanes(events, {
      scale: scale(1200, true),
      width: 1200,
      height: 2000,
      lanes: ['L0', 'L1', 'L2', 'L3'],
      rtl: true,
    });
    expect(rtl.marks.filter((m) => m.label!.side === 'before').length).toBeGreaterThan(events.length / 2);
  });

  it('stacks lanes without gaps in the given order and leaves out empty or unknown lanes', () => {
    const events = synthetic(40);
    const out = layoutLanes(events, { scale: scale(900), width: 900, height: 600, lanes: ['L2', 'nobody', 'L0'] });
    expect(out.lanes.map((l) => l.key)).toEqual(['L2', 'L0']);
    expect(out.lanes[1]!.y).toBeCloseTo(out.lanes[0]!.height, 1);
    expect(out.marks.every((m) => m.lane === 'L2' || m.lane === 'L0')).toBe(true);
    for (const m of out.marks) {
      const lane = out.lanes.find((l) => l.key === m.lane)!;
      expect(m.y).toBeGreaterThanOrEqual(lane.y);
      expect(m.y + m.h).toBeLessThanOrEqual(lane.y + lane.height + 0.2);
    }
  });

  it('leaves out events outside the visible window', () => {
    const events = synthetic(100);
    const half = (ms: number) => scale(1800)(ms) - 900;
    const out = layoutLanes(events, { scale: half, width: 900, height: 600, lanes: ['L0', 'L1', 'L2', 'L3'] });
    expect(out.marks.length).toBeLessThan(events.length);
    expect(out.marks.every((m) => m.a1 >= 0 && m.a0 <= 900)).toBe(true);
  });

  it('fills the height when there are many events, and grows past it only at the thinnest rows', () => {
    const events = synthetic(10000);
    const out = layoutLanes(events, { scale: scale(1000), width: 1000, height: 600, lanes: ['L0', 'L1', 'L2', 'L3'] });
    expect(out.rowHeight).toBeLessThan(16);
    expect(out.marks.some((m) => m.label)).toBe(false);
    if (out.height > 600) expect(out.rowHeight).toBe(3);
  });
});
