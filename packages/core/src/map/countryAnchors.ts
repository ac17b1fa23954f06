import { geoArea, geoCentroid } from 'd3-geo';
import type { CountryFeature } from './basemap.js';

// Small states the 110m atlas has no shape for: a representative point each (lon, lat).
const small: Record<string, [number, number]> = {
  SG: [103.82, 1.35],
  HK: [114.17, 22.32],
  MO: [113.54, 22.19],
  BH: [50.56, 26.07],
  MT: [14.45, 35.9],
  MU: [57.55, -20.3],
  MC: [7.42, 43.74],
  AD: [1.52, 42.51],
  LI: [9.55, 47.16],
  SM: [12.46, 43.94],
  MV: [73.5, 4.17],
  BB: [-59.55, 13.19],
  SC: [55.45, -4.68],
  AG: [-61.8, 17.1],
  KN: [-62.75, 17.3],
};

const round = (v: number) => Math.round(v * 1e4) / 1e4;

/**
 * A representative point per country: the centroid of its largest polygon, so France sits in
 * Europe rather than being pulled towards French Guiana, the US in the lower 48 rather than Alaska.
 */
export function countryAnchors(countries: readonly CountryFeature[]): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>(Object.entries(small));
  for (const c of countries) {
    if (!c.code) continue;
    const g = c.geometry;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    let best: GeoJSON.Polygon | undefined;
    let bestArea = -1;
    for (const coordinates of polygons) {
      const polygon: GeoJSON.Polygon = { type: 'Polygon', coordinates };
      const area = geoArea(polygon);
      if (area > bestArea) [best, bestArea] = [polygon, area];
    }
    if (!best) continue;
    const [lon, lat] = geoCentroid(best);
    out.set(c.code, [round(lon), round(lat)]);
  }
  return out;
}
