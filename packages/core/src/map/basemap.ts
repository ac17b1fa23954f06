import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { alpha2Of } from './isoNumeric.js';

/** A country (or region) the map draws, with the ISO 3166-1 alpha-2 code it shades and anchors by. */
export type CountryFeature = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, { name?: string } | null> & {
  code: string | undefined;
};

/**
 * What the map draws under the partnerships: a TopoJSON topology (its first object, or the one named
 * `countries`; world-atlas' 50m and 10m worlds work as they are) or a GeoJSON FeatureCollection
 * (one country's provinces, a region).
 */
export type Basemap = Topology | GeoJSON.FeatureCollection;

const cache = new WeakMap<object, CountryFeature[]>();

/**
 * A feature's country code: ISO numeric ids (world-atlas) or alpha-2 ids as they are, else an
 * `iso_a2` / `ISO_A2` / `iso2` / `code` property (Natural Earth and most GeoJSON exports).
 */
function codeOf(f: GeoJSON.Feature): string | undefined {
  const props = (f.properties ?? {}) as Record<string, unknown>;
  const name = typeof props.name === 'string' ? props.name : undefined;
  if (typeof f.id === 'number' || (typeof f.id === 'string' && /^\d{1,3}$/.test(f.id))) return alpha2Of(f.id, name);
  if (typeof f.id === 'string' && /^[A-Z]{2}$/.test(f.id)) return f.id;
  for (const key of ['iso_a2', 'ISO_A2', 'iso2', 'ISO2', 'code']) {
    const v = props[key];
    if (typeof v === 'string' && /^[A-Z]{2}$/.test(v)) return v;
  }
  // world-atlas leaves a few features without an id and names them (Kosovo → XK).
  return f.id === undefined ? alpha2Of(undefined, name) : undefined;
}

function isTopology(b: Basemap): b is Topology {
  return b.type === 'Topology';
}

/** The polygons of a basemap as country features, computed once per basemap object. */
export function basemapFeatures(basemap: Basemap): CountryFeature[] {
  const hit = cache.get(basemap);
  if (hit) return hit;
  let collection: GeoJSON.FeatureCollection;
  if (isTopology(basemap)) {
    const objects = basemap.objects;
    const object = objects.countries ?? Object.values(objects)[0];
    if (!object) throw new Error('basemap: the topology has no objects');
    const fc = feature(basemap, object as GeometryCollection) as GeoJSON.FeatureCollection | GeoJSON.Feature;
    collection = fc.type === 'FeatureCollection' ? fc : { type: 'FeatureCollection', features: [fc] };
  } else collection = basemap;
  const out: CountryFeature[] = [];
  for (const f of collection.features) {
    const type = f.geometry?.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon') continue;
    out.push({ ...(f as CountryFeature), code: codeOf(f) });
  }
  cache.set(basemap, out);
  return out;
}
