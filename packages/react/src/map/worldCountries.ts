import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { alpha2Of } from './isoNumeric.js';

/** A country of the world atlas with its ISO alpha-2 code (undefined for the few without one). */
export type CountryFeature = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, { name: string }> & {
  code: string | undefined;
};

let cache: CountryFeature[] | undefined;

/** The 177 countries of world-atlas 110m as GeoJSON, each tagged with its ISO alpha-2 code. Computed once, on first use. */
export function worldCountries(): CountryFeature[] {
  if (cache) return cache;
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const fc = feature(topology, topology.objects.countries);
  cache = fc.features.map((f) => {
    const g = f as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, { name: string }>;
    return { ...g, code: alpha2Of(g.id, g.properties.name) };
  });
  return cache;
}
