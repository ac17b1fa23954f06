import { syntheticDataset } from '@parklinks/data';
import { describe, expect, it } from 'vitest';
import { svgPathWriter } from './arcPaths.js';
import { pairWeight } from './arcWeights.js';
import { buildMapModel } from './buildMapModel.js';
import { layoutMarkers } from './layoutMarkers.js';
import { makeProjection } from './makeProjection.js';
import { busyLegs, busyPairs } from './mapHighlight.js';
import { projectPairs, tracePairs } from './projectArcs.js';
import { separateMarkers } from './separateMarkers.js';
import { fixture } from './testFixture.js';
import { worldCountries } from './worldCountries.js';

// What the map's canvas and its size guards rely on, checked against what the SVG drawing already does.
const data = syntheticDataset({ parks: 120, links: 400, seed: 5 });
const model = buildMapModel(data, worldCountries());
const projection = makeProjection({ width: 960, height: 540, fit: 'world', points: [] });

describe('tracePairs', () => {
  it('traces every pair of places into its weight class exactly as projectPairs writes its SVG path', () => {
    for (const style of ['great-circle', 'curved', 'straight'] as const) {
      const writers = new Map<number, ReturnType<typeof svgPathWriter>>();
      const sinkOf = (w: number) => {
        const sink = writers.get(w) ?? svgPathWriter();
        writers.set(w, sink);
        return sink;
      };
      const traced = tracePairs(model.pairs, { project: projection, places: model.places, style }, sinkOf);
      const paths = projectPairs(model.pairs, { project: projection, places: model.places, style });
      expect(traced).toBe(paths.length);
      expect(traced).toBeGreaterThan(100);
      const byWeight = new Map<number, string>();
      for (const p of paths)
        byWeight.set(pairWeight(p.partnerships), (byWeight.get(pairWeight(p.partnerships)) ?? '') + p.d);
      // Each pair starts with an absolute move, so the joined strings must match piece for piece.
      expect(new Map([...writers].map(([w, s]) => [w, s.toString()]))).toEqual(byWeight);
    }
  });
});

describe('MapModel.arcAt', () => {
  it('builds each leg on its own exactly as toMapArcs lists it, without building the others', () => {
    for (const d of [fixture, data, syntheticDataset({ parks: 60, links: 300, seed: 9 })]) {
      const fresh = buildMapModel(d, worldCountries());
      const one = Array.from({ length: fresh.legCount + 1 }, (_, i) => fresh.arcAt(i));
      expect(one.at(-1)).toBeUndefined();
      expect(one.slice(0, -1)).toEqual(buildMapModel(d, worldCountries()).arcs);
    }
  });
});

describe('busyLegs', () => {
  it("lists the legs of every organization and country's unnamed parties with more than the threshold, and nobody else's", () => {
    const busy = new Set(busyLegs(model, 10));
    const keys = [...model.clusters.flatMap((c) => c.members), ...model.countryParties.map((c) => c.id)];
    const over = keys.filter((k) => (model.legsOf.get(k)?.length ?? 0) > 10);
    expect(over.length).toBeGreaterThan(0);
    expect(over.length).toBeLessThan(keys.length);
    expect(busy).toEqual(new Set(over.flatMap((k) => model.legsOf.get(k) ?? [])));
    expect(busyLegs(model, Number.POSITIVE_INFINITY)).toEqual([]);
  });
  it('adds the legs of the busiest others until there are `least` of them', () => {
    const none = busyLegs(model, Number.POSITIVE_INFINITY, 30);
    expect(none.length).toBeGreaterThanOrEqual(30);
    const top = [...model.legsOf.entries()].sort((a, b) => b[1].length - a[1].length);
    // The busiest organization's legs come first.
    for (const i of top[0]?.[1] ?? []) expect(none).toContain(i);
    expect(busyLegs(model, 10, 0)).toEqual(busyLegs(model, 10));
  });
});

describe('busyPairs', () => {
  it('lists the pairs of places that touch a city of several organizations with more than the threshold of legs', () => {
    const legsOf = (ids: readonly string[]) => ids.reduce((n, id) => n + (model.legsOf.get(id)?.length ?? 0), 0);
    const busy = new Set(model.clusters.filter((c) => c.members.length > 1 && legsOf(c.members) > 20).map((c) => c.id));
    expect(busy.size).toBeGreaterThan(0);
    const pairs = busyPairs(model, 20);
    expect(pairs.length).toBeGreaterThan(0);
    expect(pairs.length).toBeLessThan(model.pairs.length);
    expect(pairs).toEqual(model.pairs.filter((p) => busy.has(p.from) || busy.has(p.to)));
    expect(busyPairs(model, Number.POSITIVE_INFINITY)).toEqual([]);
  });
});

describe('layoutMarkers on a crowded map', () => {
  const fixtureModel = buildMapModel(fixture, worldCountries());
  it('leaves the markers their size when they cover little of the map', () => {
    const full = layoutMarkers(fixtureModel, projection, { k: 1, x: 0, y: 0 }, new Set());
    const sized = layoutMarkers(fixtureModel, projection, { k: 1, x: 0, y: 0 }, new Set(), { area: 960 * 540 });
    expect(sized.map((m) => m.r)).toEqual(full.map((m) => m.r));
  });
  it('shrinks them where they would cover more than maxCover of the map, never below minShrink, and less when zoomed in', () => {
    const full = layoutMarkers(model, projection, { k: 1, x: 0, y: 0 }, new Set());
    const cover = (ms: readonly { r: number }[]) => ms.reduce((s, m) => s + Math.PI * m.r * m.r, 0);
    const area = cover(full) / 0.5; // the full-size markers cover half of this map
    const small = layoutMarkers(model, projection, { k: 1, x: 0, y: 0 }, new Set(), { area });
    const byId = new Map(full.map((m) => [m.id, m.r]));
    for (const m of small) {
      expect(m.r).toBeLessThan(byId.get(m.id) as number);
      expect(m.r).toBeGreaterThanOrEqual(Math.max(2, (byId.get(m.id) as number) * 0.4 - 0.05));
    }
    expect(cover(small) / area).toBeCloseTo(0.12, 1);
    const zoomed = layoutMarkers(model, projection, { k: 2, x: 0, y: 0 }, new Set(), { area });
    const rOf = new Map(zoomed.map((m) => [m.id, m.r]));
    for (const m of small) if (rOf.has(m.id)) expect(rOf.get(m.id)).toBeGreaterThanOrEqual(m.r);
  });
});

describe('separateMarkers on a dense clump', () => {
  it('stops within its work budget: 4,000 discs on one spot are parted in bounded time, the same way each time', () => {
    const discs = Array.from({ length: 4000 }, (_, i) => ({ x: 500 + (i % 7) * 0.1, y: 300, r: 6 }));
    const t = performance.now();
    const once = separateMarkers(discs);
    const took = performance.now() - t;
    expect(separateMarkers(discs)).toEqual(once);
    expect(once.every(([x, y]) => Number.isFinite(x) && Number.isFinite(y))).toBe(true);
    // The budget is a count of comparisons, not time; the bound here is loose, for a shared machine.
    expect(took).toBeLessThan(3000);
    const unbounded = separateMarkers(discs.slice(0, 300), { work: Number.POSITIVE_INFINITY });
    const bounded = separateMarkers(discs.slice(0, 300), { work: 50 });
    const spread = (pos: [number, number][]) => Math.max(...pos.map(([x]) => x)) - Math.min(...pos.map(([x]) => x));
    expect(spread(bounded)).toBeLessThan(spread(unbounded));
    expect(spread(bounded)).toBeGreaterThan(0);
  });
});
