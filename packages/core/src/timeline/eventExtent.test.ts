import { toTimelineEvents } from '@parklinks/data';
import { describe, expect, it } from 'vitest';
import { eventExtent, shapeOf } from './eventExtent.js';
import { fixture } from './testFixture.js';

const t0 = Date.UTC(2016, 0, 1);
const t1 = Date.UTC(2018, 0, 1);
const ltr = (ms: number) => ((ms - t0) / (t1 - t0)) * 1000;
const rtl = (ms: number) => 1000 - ltr(ms);
const events = new Map(toTimelineEvents(fixture()).map((e) => [e.id, e]));
const ev = (id: string) => events.get(id)!;

describe('eventExtent', () => {
  it('maps a day to a point centred on the middle of that day', () => {
    const x = eventExtent(ev('day-signed'), ltr, 8)!;
    const noon = ltr(Date.UTC(2016, 6, 5, 12));
    expect(x.shape).toBe('point');
    expect(x.center).toBeCloseTo(noon, 1);
    expect(x.a1 - x.a0).toBeCloseTo(8, 1);
  });

  it('maps a month to a bar from its first to its last moment', () => {
    const x = eventExtent(ev('month-announced'), ltr)!;
    expect(x.shape).toBe('bar');
    expect(x.a0).toBeCloseTo(ltr(Date.UTC(2017, 4, 1)), 1);
    expect(x.a1).toBeCloseTo(ltr(Date.UTC(2017, 5, 1)), 1);
  });

  it('maps a year to a band spanning the whole year', () => {
    const x = eventExtent(ev('year-reported'), ltr)!;
    expect(x.shape).toBe('band');
    expect(x.a0).toBeCloseTo(0, 1);
    expect(x.a1).toBeCloseTo(ltr(Date.UTC(2017, 0, 1)), 1);
  });

  it('keeps a0 <= a1 on a mirrored right-to-left scale', () => {
    const x = eventExtent(ev('year-reported'), rtl)!;
    expect(x.a0).toBeCloseTo(rtl(Date.UTC(2017, 0, 1)), 1);
    expect(x.a1).toBeCloseTo(1000, 1);
  });

  it('never places an undated event', () => {
    expect(eventExtent(ev('undated'), ltr)).toBeNull();
    expect(shapeOf('unknown')).toBeNull();
  });

  it('widens a month too short to see to the minimum size, around its centre', () => {
    const wide = (ms: number) => ((ms - t0) / (Date.UTC(2100, 0, 1) - t0)) * 1000;
    const x = eventExtent(ev('month-announced'), wide, 8, 3)!;
    expect(x.a1 - x.a0).toBeCloseTo(3, 1);
  });
});
