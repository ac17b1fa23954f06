import { type Dataset, syntheticDataset, toMapArcs } from '@parklinks/data';
import { geoNaturalEarth1 } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { buildMapModel } from './buildMapModel.js';
import type { MapMarker } from './layoutMarkers.js';
import { highlightOf, legProjector, pairProjector, visibleMarkers } from './mapHighlight.js';
import { projectArcs, projectPairs } from './projectArcs.js';
import { fixture } from './testFixture.js';
import { worldCountries } from './worldCountries.js';

const projection = geoNaturalEarth1().fitSize([960, 500], { type: 'Sphere' });
const org = (id: string, lon: number, lat: number, country = 'CN') => ({
  id,
  kind: 'science-park' as const,
  name: { en: id },
  country,
  location: { lon, lat, precision: 'site' as const },
});
const deal = (id: string, parties: Dataset['partnerships'][number]['parties']) => ({
  id,
  kind: 'memorandum' as const,
  title: { en: id },
  parties,
  date: null,
  signatories: [],
  topics: ['exchange' as const],
  amounts: [],
  summary: { en: id },
  sources: ['s'],
  confidence: 'single-source' as const,
});
const tiny = (
  parties: Dataset['partnerships'][number]['parties'],
  orgs = [org('a', 139.7, 35.7, 'JP'), org('b', -121.9, 37.3, 'US')],
): Dataset => ({
  organizations: orgs,
  partnerships: [deal('p', parties)],
  sources: [],
});
/** Absolute end points of a path written with M and relative l/q commands, one list per M. */
function pieces(d: string): [number, number][][] {
  const out: [number, number][][] = [];
  let cur: [number, number] = [0, 0];
  for (const m of d.matchAll(/([Mlq])([-\d. ]+)/g)) {
    const v = (m[2] ?? '').trim().split(' ').map(Number);
    const [x, y] = v.slice(-2) as [number, number];
    if (m[1] === 'M') {
      cur = [x, y];
      out.push([cur]);
    } else {
      cur = [cur[0] + x, cur[1] + y];
      out.at(-1)?.push(cur);
    }
  }
  return out;
}

describe('projectArcs', () => {
  it('draws one path per partnership leg, with the leg ids', () => {
    const data = syntheticDataset({ parks: 50, links: 100, seed: 3 });
    const model = buildMapModel(data, worldCountries());
    const arcs = projectArcs(model.arcs, { project: projection, locate: model.locate });
    expect(arcs.length).toBe(toMapArcs(data).length);
    expect(arcs.map((a) => a.id)).toEqual(toMapArcs(data).map((a) => a.id));
    expect(arcs.every((a) => a.d.startsWith('M'))).toBe(true);
  });

  it('draws multilateral legs as a star from the convener', () => {
    const data = tiny([
      { org: 'b' },
      { org: 'a', role: 'convener' },
      { unnamed: { country: 'DE', kind: 'science-park' } },
    ]);
    const model = buildMapModel(data, worldCountries());
    const arcs = projectArcs(model.arcs, { project: projection, locate: model.locate });
    expect(arcs.map((a) => [a.from, a.to])).toEqual([
      ['a', 'b'],
      ['a', 'country:DE'],
    ]);
    expect(arcs.every((a) => a.multilateral)).toBe(true);
  });

  it('splits a great circle that crosses the antimeridian instead of streaking across the map', () => {
    const model = buildMapModel(tiny([{ org: 'a' }, { org: 'b' }]), worldCountries());
    const [arc] = projectArcs(model.arcs, { project: projection, locate: model.locate });
    const parts = pieces(arc?.d ?? '');
    expect(parts).toHaveLength(2);
    for (const part of parts)
      for (let i = 1; i < part.length; i++)
        expect(Math.abs((part[i]?.[0] ?? 0) - (part[i - 1]?.[0] ?? 0))).toBeLessThan(60);
    // Tokyo's piece runs east to the right edge, San Jose's starts at the left edge.
    expect(parts[0]?.at(-1)?.[0]).toBeGreaterThan(900);
    expect(parts[1]?.[0]?.[0]).toBeLessThan(60);
  });

  it('keeps a great circle that does not cross the antimeridian in one piece, bowed towards the pole', () => {
    const data = tiny([{ org: 'a' }, { org: 'b' }], [org('a', 2.35, 48.86, 'FR'), org('b', 116.4, 39.9)]);
    const model = buildMapModel(data, worldCountries());
    const [arc] = projectArcs(model.arcs, { project: projection, locate: model.locate });
    const [part] = pieces(arc?.d ?? '');
    const ends = [projection([2.35, 48.86]), projection([116.4, 39.9])];
    expect(pieces(arc?.d ?? '')).toHaveLength(1);
    expect(Math.min(...(part ?? []).map((p) => p[1]))).toBeLessThan(
      Math.min(ends[0]?.[1] ?? 0, ends[1]?.[1] ?? 0) - 20,
    );
  });

  it('draws straight and curved styles between the projected ends', () => {
    const model = buildMapModel(tiny([{ org: 'a' }, { org: 'b' }]), worldCountries());
    const [straight] = projectArcs(model.arcs, { project: projection, locate: model.locate, style: 'straight' });
    const [curved] = projectArcs(model.arcs, { project: projection, locate: model.locate, style: 'curved' });
    expect(straight?.d).toMatch(/^M[\d.]+ [\d.]+l-?[\d.]+ -?[\d.]+$/);
    expect(curved?.d).toMatch(/^M[\d.]+ [\d.]+q/);
  });

  it('draws a leg whose ends meet as a small loop, and leaves out legs it cannot place', () => {
    const data = tiny([{ org: 'a' }, { org: 'b' }], [org('a', 30, 30, 'EG'), org('b', 30.001, 30, 'EG')]);
    const model = buildMapModel(data, worldCountries());
    expect(projectArcs(model.arcs, { project: projection, locate: model.locate })[0]?.d).toContain('c-8 -16 8 -16 0 0');
    expect(projectArcs(model.arcs, { project: projection, locate: () => undefined })).toEqual([]);
  });

  it('gives the same paths on every call', () => {
    const model = buildMapModel(syntheticDataset({ parks: 50, links: 100 }), worldCountries());
    const run = () => projectArcs(model.arcs, { project: projection, locate: model.locate });
    expect(run()).toEqual(run());
  });
});

describe('pairs of places (the static layer)', () => {
  it('groups legs by the two places they join, counting legs and agreements', () => {
    const model = buildMapModel(fixture, worldCountries());
    expect(model.pairs.map((p) => [p.id, p.legs, p.partnerships])).toEqual([
      ['city:CN:shenzhen|city:RU:moscow', 2, 2],
      ['city:CN:shenzhen|city:FR:valbonne', 1, 1],
      ['city:CN:shenzhen|country:DE', 1, 1],
      ['city:CN:shenzhen|city:US:san jose', 1, 1],
    ]);
    const data = syntheticDataset({ parks: 200, links: 800, seed: 2 });
    const big = buildMapModel(data, worldCountries());
    expect(big.pairs.reduce((n, p) => n + p.legs, 0)).toBe(toMapArcs(data).length);
    expect(big.pairs.length).toBeLessThan(toMapArcs(data).length);
  });

  it('draws one path per pair, split at the antimeridian like a leg', () => {
    const model = buildMapModel(tiny([{ org: 'a' }, { org: 'b' }]), worldCountries());
    const [pair] = projectPairs(model.pairs, { project: projection, places: model.places });
    const [leg] = projectArcs(model.arcs, { project: projection, locate: model.locate });
    expect(pieces(pair?.d ?? '')).toHaveLength(2);
    expect(pair?.d).toBe(leg?.d);
    expect(projectPairs(model.pairs, { project: projection, places: new Map() })).toEqual([]);
  });

  it('lists each marker’s legs once per data set, and highlights every one of them', () => {
    const model = buildMapModel(fixture, worldCountries());
    expect(model.legsOf.get('sz-park')).toEqual([0, 1, 2, 3, 4]);
    const leg = legProjector(model, { project: projection });
    const marker = (id: string, type: MapMarker['type'], members: string[]): MapMarker => ({
      id,
      type,
      x: 0,
      y: 0,
      r: 4,
      members,
      partnerships: 1,
      home: { x: 0, y: 0 },
    });
    const moscow = marker('city:RU:moscow', 'cluster', ['mic', 'moscow-gov']);
    const sz = marker('sz-park', 'organization', ['sz-park']);
    const visible = visibleMarkers([moscow, sz]);
    const h = highlightOf(sz, model, leg, visible);
    expect(h.legs).toBe(5);
    expect((h.solid.match(/M/g) ?? []).length).toBeGreaterThanOrEqual(3);
    expect(h.dashed.match(/M/g)).toHaveLength(2);
    expect(h.partners.map((m) => m.id)).toEqual(['city:RU:moscow']);
    expect(highlightOf(moscow, model, leg, visible).legs).toBe(2);
    expect(highlightOf(undefined, model, leg, visible).legs).toBe(0);
    // A closed city draws one line per pair of places: Moscow's two legs to Shenzhen are one line, from its centre.
    const pair = pairProjector(model, { project: projection });
    const city = highlightOf(moscow, model, leg, visible, pair);
    expect(city.legs).toBe(2);
    expect(city.solid.match(/M/g)).toHaveLength(1);
    expect(city.solid).toBe(pair('city:RU:moscow', 'city:CN:shenzhen'));
    expect(city.partners.map((m) => m.id)).toEqual(['sz-park']);
    // An organization still draws each of its legs from where it is.
    expect(highlightOf(sz, model, leg, visible, pair)).toEqual(h);
  });
});
