import { CustomProjection, Graticule } from '@visx/geo';
import type { GeoProjection } from 'd3-geo';
import { memo } from 'react';
import { worldCountries } from './worldCountries.js';

export type CountriesLayerProps = {
  /** The fitted projection (stable while size, fit and data stay the same). */
  projection: GeoProjection;
  /** ISO codes of countries to shade, joined by commas (a string, so equal sets compare equal). */
  active: string;
};

/** Land, with partner countries shaded, and the globe's outline. Memoised: it draws once per projection. */
export const CountriesLayer = memo(function CountriesLayer({ projection, active }: CountriesLayerProps) {
  const shaded = new Set(active.split(','));
  return (
    <g aria-hidden>
      <CustomProjection projection={() => projection} data={worldCountries()} digits={1}>
        {({ features, path }) => (
          <>
            <path
              d={path({ type: 'Sphere' }) ?? ''}
              style={{ fill: 'var(--pl-ocean)', stroke: 'var(--pl-grid)' }}
              vectorEffect="non-scaling-stroke"
            />
            <Graticule
              graticule={(g) => path(g) ?? ''}
              step={[30, 30]}
              style={{ fill: 'none', stroke: 'var(--pl-grid)', strokeWidth: 0.5 }}
              vectorEffect="non-scaling-stroke"
            />
            {features.map(({ feature, path: d }) => (
              <path
                key={feature.code ?? feature.properties.name}
                d={d ?? ''}
                data-country={feature.code}
                vectorEffect="non-scaling-stroke"
                style={{
                  fill: feature.code && shaded.has(feature.code) ? 'var(--pl-land-active)' : 'var(--pl-land)',
                  stroke: 'var(--pl-land-stroke)',
                  strokeWidth: 0.6,
                }}
              />
            ))}
          </>
        )}
      </CustomProjection>
    </g>
  );
});
