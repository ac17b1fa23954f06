import { type GeoProjection, geoGraticule, geoPath } from 'd3-geo';
import { memo } from 'react';
import { worldCountries } from './worldCountries.js';

export type CountriesLayerProps = {
  /** The fitted projection (stable while size, fit and data stay the same). */
  projection: GeoProjection;
  /** ISO codes of countries to shade, joined by commas (a string, so equal sets compare equal). */
  active: string;
};

/**
 * Land, with partner countries shaded, the graticule and the globe's outline. Memoised: it draws
 * once per projection (d3's `geoPath` straight away; no centroids or other per-feature extras).
 */
export const CountriesLayer = memo(function CountriesLayer({ projection, active }: CountriesLayerProps) {
  const shaded = new Set(active.split(','));
  const path = geoPath(projection).digits(1);
  return (
    <g aria-hidden>
      <path
        d={path({ type: 'Sphere' }) ?? ''}
        style={{ fill: 'var(--pl-ocean)', stroke: 'var(--pl-grid)' }}
        vectorEffect="non-scaling-stroke"
      />
      <path
        d={path(geoGraticule().step([30, 30])()) ?? ''}
        style={{ fill: 'none', stroke: 'var(--pl-grid)', strokeWidth: 0.5 }}
        vectorEffect="non-scaling-stroke"
      />
      {worldCountries().map((feature) => (
        <path
          key={feature.code ?? feature.properties.name}
          d={path(feature) ?? ''}
          data-country={feature.code}
          vectorEffect="non-scaling-stroke"
          style={{
            fill: feature.code && shaded.has(feature.code) ? 'var(--pl-land-active)' : 'var(--pl-land)',
            stroke: 'var(--pl-land-stroke)',
            strokeWidth: 0.6,
          }}
        />
      ))}
    </g>
  );
});
