import { worldTopology } from '../generated/worldTopology.js';
import { type Basemap, basemapFeatures, type CountryFeature } from './basemap.js';

export type { CountryFeature } from './basemap.js';

/**
 * The map's built-in world: world-atlas 110m simplified and quantized (~14 KB gzip). Pass your own
 * `basemap` (a finer world, one country's provinces) to draw something else.
 */
export const worldBasemap: Basemap = worldTopology;

/** The 177 countries of the built-in world as GeoJSON, each tagged with its ISO alpha-2 code. Computed once. */
export function worldCountries(): CountryFeature[] {
  return basemapFeatures(worldBasemap);
}
