import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { worldTopology } from './worldTopology.mjs';

const require = createRequire(import.meta.url);
type Countries = Topology<{ countries: GeometryCollection<{ name?: string }> }>;
const original = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Countries;
const small = JSON.parse(worldTopology()) as Countries;

// Area in square degrees (planar, lon/lat): enough to tell a country that is drawn from one that vanished.
const ringArea = (ring: number[][]) => {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    a += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return Math.abs(a / 2);
};
const areas = (t: Countries) =>
  feature(t, t.objects.countries).features.map((f) => {
    const g = f.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    return { key: String(f.id ?? f.properties.name), area: polygons.reduce((s, p) => s + ringArea(p[0]!), 0) };
  });

describe('worldTopology (the map of the browser scripts)', () => {
  it('keeps every country of world-atlas 110m, by id, and names only those without one', () => {
    const ids = (t: Countries) =>
      t.objects.countries.geometries.map((g) => g.id ?? (g.properties as { name?: string } | undefined)?.name);
    expect(ids(small)).toEqual(ids(original));
    for (const g of small.objects.countries.geometries)
      expect(g.id === undefined ? Object.keys(g.properties ?? {}) : g.properties).toEqual(
        g.id === undefined ? ['name'] : undefined,
      );
    expect(Object.keys(small.objects)).toEqual(['countries']);
  });

  it('draws every country, small islands included, at roughly its original area', () => {
    const before = new Map(areas(original).map((a) => [a.key, a.area]));
    const off = areas(small).filter(
      ({ key, area }) => !(area / before.get(key)! > 0.5 && area / before.get(key)! < 1.5),
    );
    expect(off).toEqual([]);
  });

  it('is at most half the size of the original', () => {
    expect(JSON.stringify(small).length).toBeLessThan(JSON.stringify(original).length / 2);
  });
});
