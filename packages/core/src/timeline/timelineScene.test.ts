import { syntheticDataset } from '@parklinks/data';
import { describe, expect, it } from 'vitest';
import { snapshotData } from '../../../../tests/snapshots/fixture.js';
import { compareSvgSnapshot } from '../../../../tests/snapshots/svgSnapshot.js';
import { sceneToSvg } from '../scene/sceneToSvg.js';
import type { Mark, Scene, SceneLayer } from '../scene/types.js';
import { buildTimelineModel } from './buildTimelineModel.js';
import { keyboardIndex } from './keyboardIndex.js';
import { timelineMessages } from './messages.js';
import { shownEvents } from './shownEvents.js';
import { fixture } from './testFixture.js';
import { buildTimelineScene, type TimelineSceneOptions } from './timelineScene.js';

const states: Record<string, [Parameters<typeof buildTimelineScene>[0], TimelineSceneOptions]> = {
  default: [snapshotData, { width: 800 }],
  selected: [
    snapshotData,
    { width: 800, selection: { type: 'partnership', id: 'chengdu-sophia-antipolis-sister-parks-2016' } },
  ],
  'selected-organization': [
    snapshotData,
    { width: 800, selection: { type: 'organization', id: 'chengdu-hi-tech-zone' } },
  ],
  ar: [snapshotData, { width: 800, locale: 'ar' }],
  dark: [snapshotData, { width: 800, theme: 'dark' }],
  narrow: [snapshotData, { width: 360 }],
  dense: [syntheticDataset({ parks: 150, links: 300, seed: 1 }), { width: 800 }],
};

describe('buildTimelineScene snapshots', () => {
  for (const [state, [data, options]] of Object.entries(states))
    it(`draws the ${state} timeline as before`, () => {
      const message = compareSvgSnapshot(`timeline-${state}`, sceneToSvg(buildTimelineScene(data, options)));
      expect(message).toBeUndefined();
    });
});

const layer = (s: Scene, id: string) => s.layers.find((l) => l.id === id) as SceneLayer;
const flat = (marks: readonly Mark[]): Mark[] => marks.flatMap((m) => (m.type === 'group' ? flat(m.children) : [m]));
const named = (s: Scene, id: string) => flat(layer(s, id)?.marks ?? []).filter((m) => m.ref && m.name);

describe('buildTimelineScene', () => {
  const data = fixture();
  const scene = buildTimelineScene(data, { width: 900, height: 420 });

  it('draws the axis, lanes, events, titles, tray and overview, bottom to top', () => {
    expect(scene.layers.map((l) => l.id)).toEqual(['axis', 'lanes', 'events', 'labels', 'tray', 'overview']);
    expect(scene.height).toBeGreaterThanOrEqual(420);
  });

  it('draws a day as a circle, a month as a rounded bar, a year as a band, and a reported date hollow and dashed', () => {
    const byId = new Map(named(scene, 'events').map((m) => [m.ref?.id, m]));
    expect(byId.get('day-signed')?.type).toBe('circle');
    expect(byId.get('month-announced')).toMatchObject({ type: 'rect', rx: 1.5, fill: 'var(--pl-accent)' });
    expect(byId.get('year-reported')).toMatchObject({ type: 'rect', fill: 'var(--pl-bg)', dash: '3 2' });
    // Bands first, hollow last: points and bars stay on top of bands.
    expect(named(scene, 'events').at(-1)?.ref?.id).toBe('year-reported');
  });

  it('names every partnership once, undated ones on their chip in the tray', () => {
    const names = [...named(scene, 'events'), ...named(scene, 'tray')].map((m) => m.name);
    expect(names).toHaveLength(data.partnerships.length);
    expect(named(scene, 'tray').map((m) => m.ref?.id)).toEqual(['undated']);
    expect(names).toContain('Chengdu–Sophia sister parks, Jul 5, 2016: Chengdu Hi-tech Zone; Sophia Antipolis');
  });

  it('lists its items in keyboard order: time order, undated last', () => {
    const order = shownEvents(buildTimelineModel(data, 'country', 'en').items, null).map((e) => e.id);
    expect(scene.items.map((i) => i.ref.id)).toEqual(order);
    expect(keyboardIndex('End', null, scene.items.length)).toBe(order.indexOf('undated'));
    expect(scene.items.every((i) => Number.isFinite(i.x) && Number.isFinite(i.y))).toBe(true);
  });

  it('names lanes with their counts, at the right edge in Arabic', () => {
    const texts = flat(layer(scene, 'lanes').marks).filter((m) => m.type === 'text');
    expect(texts.map((t) => t.type === 'text' && t.text)).toEqual(expect.arrayContaining(['France · 1', 'Russia · 1']));
    const ar = buildTimelineScene(data, { width: 900, height: 420, locale: 'ar' });
    const arNames = flat(layer(ar, 'lanes').marks).filter((m) => m.type === 'text' && m.weight === 600);
    expect(arNames.every((m) => m.type === 'text' && m.x > 800)).toBe(true);
  });

  it('has the four legend entries the React legend shows', () => {
    const m = timelineMessages('en');
    expect(scene.legend.map((e) => e.label)).toEqual([m.day, m.month, m.year, m.reportedLegend]);
  });

  it('rings a selected partnership without fading the others', () => {
    const s = buildTimelineScene(data, {
      width: 900,
      height: 420,
      selection: { type: 'partnership', id: 'day-signed' },
    });
    const rings = flat(layer(s, 'highlight').marks);
    expect(rings.map((r) => r.key)).toEqual(['day-signed']);
    expect(flat(layer(s, 'events').marks).every((m) => m.opacity === undefined)).toBe(true);
  });

  it('rings every event of a selected organization, its undated chip too, over the faded plot', () => {
    const s = buildTimelineScene(data, { width: 900, height: 420, selection: { type: 'organization', id: 'sophia' } });
    for (const id of ['lanes', 'events', 'labels'])
      expect(layer(s, id).marks.every((m) => m.opacity === 0.28)).toBe(true);
    expect(layer(s, 'tray').marks.every((m) => m.opacity === undefined)).toBe(true);
    const top = flat(layer(s, 'highlight').marks);
    // The organization's event drawn again at full strength, then a ring around it and around its chip.
    expect(top.filter((m) => m.ref).map((m) => m.ref?.id)).toEqual(['day-signed']);
    expect(top.filter((m) => m.stroke === 'var(--pl-fg)').map((r) => r.key)).toEqual(['day-signed', 'undated']);
  });

  it('ignores a selection that names nothing shown', () => {
    const s = buildTimelineScene(data, { width: 900, height: 420, selection: { type: 'organization', id: 'nope' } });
    expect(s.layers.map((l) => l.id)).not.toContain('highlight');
  });

  it('turns vertical below 480 px, with years down the side', () => {
    const s = buildTimelineScene(data, { width: 360 });
    expect(s.layers.map((l) => l.id)).toEqual(['axis', 'labels', 'events', 'tray']);
    const day = named(s, 'events').find((m) => m.ref?.id === 'day-signed');
    const month = named(s, 'events').find((m) => m.ref?.id === 'month-announced');
    expect(day?.type === 'circle' && month?.type === 'rect' && day.y < month.y).toBe(true);
  });

  it('shows only the partnerships in a range, with a caption and no tray', () => {
    const s = buildTimelineScene(data, { width: 900, range: [Date.UTC(2017, 0, 1), Date.UTC(2017, 11, 31)] });
    expect(named(s, 'events').map((m) => m.ref?.id)).toEqual(['month-announced']);
    expect(s.layers.map((l) => l.id)).toContain('caption');
    expect(s.layers.map((l) => l.id)).not.toContain('tray');
    expect(s.summary).toContain('1 partnership');
  });

  it('says there is nothing to draw for an empty data set', () => {
    const s = buildTimelineScene({ ...data, partnerships: [] }, { width: 640 });
    expect(s.empty).toBe('No partnerships to show.');
    expect(s.legend).toEqual([]);
  });
});
