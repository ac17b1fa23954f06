import type { Dataset } from '@parklinks/data';
import { geoNaturalEarth1 } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { buildMapModel } from './buildMapModel.js';
import { layoutMarkers } from './layoutMarkers.js';
import { worldCountries } from './worldCountries.js';

const projection = geoNaturalEarth1().fitSize([960, 500], { type: 'Sphere' });
const org = (id: string, city: string, country: string, lon: number, lat: number) => ({
  id,
  kind: 'science-park' as const,
  name: { en: id },
  city: { en: city },
  country,
  location: { lon, lat, precision: 'city' as const },
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
const data: Dataset = {
  organizations: [
    org('mic', 'Moscow', 'RU', 37.6, 55.75),
    org('moscow-gov', 'Moscow', 'RU', 37.6, 55.75),
    org('sz', 'Shenzhen', 'CN', 114, 22.5),
    org('unused', 'Paris', 'FR', 2.3, 48.9),
  ],
  partnerships: [
    deal('p1', [{ org: 'mic' }, { org: 'sz' }]),
    deal('p2', [{ org: 'moscow-gov' }, { org: 'sz' }, { unnamed: { country: 'DE', kind: 'science-park', count: 3 } }]),
    deal('p3', [{ org: 'mic' }, { org: 'moscow-gov' }]),
  ],
  sources: [],
};

describe('buildMapModel + layoutMarkers', () => {
  const model = buildMapModel(data, worldCountries());
  const t = { k: 1, x: 0, y: 0 };
  it('shows only organizations with partnerships; a city with several is one cluster counting distinct partnerships', () => {
    const markers = layoutMarkers(model, projection, t, new Set());
    expect(markers.map((m) => m.id).sort()).toEqual(['city:RU:moscow', 'country:DE', 'sz']);
    const moscow = markers.find((m) => m.type === 'cluster');
    expect(moscow?.members).toEqual(['mic', 'moscow-gov']);
    expect(moscow?.partnerships).toBe(3);
  });
  it('puts unnamed parties at their country’s representative point, with their kind and count', () => {
    const de = model.countryParties[0];
    expect(de).toMatchObject({ id: 'country:DE', kinds: ['science-park'], count: 3, partnerships: 1 });
    expect(de?.lon).toBeGreaterThan(6);
    expect(de?.lon).toBeLessThan(15);
    expect([...model.countries].sort()).toEqual(['CN', 'DE', 'RU']);
  });
  it('opens a cluster on request or past the zoom threshold, spreading members around its centre', () => {
    for (const markers of [
      layoutMarkers(model, projection, t, new Set(['city:RU:moscow'])),
      layoutMarkers(model, projection, { k: 4, x: 0, y: 0 }, new Set()),
    ]) {
      const members = markers.filter((m) => m.cluster === 'city:RU:moscow');
      expect(members.map((m) => m.id).sort()).toEqual(['mic', 'moscow-gov']);
      const [a, b] = members;
      expect(Math.hypot((a?.x ?? 0) - (b?.x ?? 0), (a?.y ?? 0) - (b?.y ?? 0))).toBeGreaterThan(
        (a?.r ?? 0) + (b?.r ?? 0),
      );
    }
  });
  it('sizes markers by partnerships: more partnerships, larger marker', () => {
    const markers = layoutMarkers(model, projection, t, new Set(['city:RU:moscow']));
    const r = (id: string) => markers.find((m) => m.id === id)?.r ?? 0;
    expect(r('sz')).toBeGreaterThan(r('country:DE') - 1);
    expect(markers.find((m) => m.id === 'mic')?.partnerships).toBe(2);
  });
});
