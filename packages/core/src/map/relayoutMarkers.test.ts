import { syntheticDataset } from '@parklinks/data';
import { describe, expect, it } from 'vitest';
import { buildMapModel } from './buildMapModel.js';
import { type KnownLabels, labelsAfter } from './labelsAfter.js';
import { layoutMarkers, type MapMarker } from './layoutMarkers.js';
import { mapProjection, markerTexts } from './mapLayout.js';
import { relayoutMarkers } from './relayoutMarkers.js';
import { worldCountries } from './worldCountries.js';

// Parks in a few dozen cities: most are drawn inside closed city clusters.
const model = buildMapModel(syntheticDataset({ parks: 500, links: 2000, seed: 1 }), worldCountries());
const [width, height] = [960, 600];
const projection = mapProjection(model, width, height, 'data');
const t = { k: 1, x: 0, y: 0 };
const options = { area: width * height };
const o = { width, height, locale: 'en' as const };

const worstOverlap = (markers: readonly MapMarker[]) => {
  let worst = 0;
  for (let i = 0; i < markers.length; i++)
    for (let j = i + 1; j < markers.length; j++) {
      const a = markers[i] as MapMarker;
      const b = markers[j] as MapMarker;
      worst = Math.max(worst, a.r + b.r - Math.hypot(a.x - b.x, a.y - b.y));
    }
  return worst;
};

describe('relayoutMarkers', () => {
  const closed = layoutMarkers(model, projection, t, new Set(), options);
  // The biggest city: opening it moves the most.
  const city = closed
    .filter((m) => m.type === 'cluster')
    .reduce((a, b) => (b.members.length > a.members.length ? b : a));
  const open = new Set([city.id]);
  const opened = relayoutMarkers(closed, model, projection, t, open, options);

  it('opens one cluster: its members spread around its place, the same markers as a full layout', () => {
    const full = layoutMarkers(model, projection, t, open, options);
    expect(opened.map((m) => m.id).sort()).toEqual(full.map((m) => m.id).sort());
    const members = opened.filter((m) => m.cluster === city.id);
    expect(members.map((m) => m.id).sort()).toEqual([...city.members].sort());
    for (const m of members) expect(m.home).toEqual(city.home);
    expect(opened.some((m) => m.id === city.id)).toBe(false);
  });

  it('keeps every other marker where it was (the same object), and none overlaps', () => {
    const after = new Set(opened);
    const others = closed.filter((m) => m !== city);
    expect(others.length).toBeGreaterThan(30);
    for (const m of others) expect(after.has(m)).toBe(true);
    expect(opened.length).toBe(others.length + city.members.length);
    expect(worstOverlap(opened)).toBeLessThan(1.5);
  });

  it('gives the same layout for the same open clusters, and the earlier one when the cluster closes again', () => {
    expect(relayoutMarkers(opened, model, projection, t, new Set(open), options)).toBe(opened);
    expect(relayoutMarkers(opened, model, projection, t, new Set(), options)).toBe(closed);
  });

  it('lays everything out again at another zoom', () => {
    const zoomed = relayoutMarkers(opened, model, projection, { k: 2, x: 0, y: 0 }, open, options);
    expect(zoomed).toEqual(layoutMarkers(model, projection, { k: 2, x: 0, y: 0 }, open, options));
  });

  it('keeps the labels away from the opened cluster and places its members’ labels without overlap', () => {
    const known: KnownLabels = new WeakMap();
    const before = labelsAfter(closed, t, closed, markerTexts(model, closed, 'en'), o, known);
    const after = labelsAfter(opened, t, opened, markerTexts(model, opened, 'en'), o, known);
    const farIds = new Set(closed.filter((m) => Math.hypot(m.x - city.x, m.y - city.y) > 400).map((m) => m.id));
    const farBefore = before.filter((l) => farIds.has(l.id));
    expect(farBefore.length).toBeGreaterThan(3);
    for (const l of farBefore) expect(after).toContainEqual(l);
    expect(after.some((l) => city.members.includes(l.id))).toBe(true);
    for (let i = 0; i < after.length; i++)
      for (let j = i + 1; j < after.length; j++) {
        const [a, b] = [after[i], after[j]] as [(typeof after)[number], (typeof after)[number]];
        const apart =
          Math.abs(a.x - b.x) >= (a.width + b.width) / 2 - 0.01 ||
          Math.abs(a.y - b.y) >= (a.height + b.height) / 2 - 0.01;
        expect(apart, `${a.id} / ${b.id}`).toBe(true);
      }
    // A label belongs to a marker that is drawn.
    const ids = new Set(opened.map((m) => m.id));
    for (const l of after) expect(ids.has(l.id)).toBe(true);
  });
});
