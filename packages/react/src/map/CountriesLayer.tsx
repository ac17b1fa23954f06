import type { CountryFeature } from '@parklinks/core/map';
import { CustomProjection, Graticule } from '@visx/geo';
import type { GeoProjection } from 'd3-geo';
import { memo } from 'react';

export type CountriesLayerProps = {
  /** The fitted projection (stable while size, fit and data stay the same). */
  projection: GeoProjection;
  /** ISO codes of countries to shade, joined by commas (a string, so equal sets compare equal). */
  active: string;
  /** The basemap's polygons. */
  features: readonly CountryFeature[];
};

// `CustomProjection` would also compute a centroid for every feature given as `data` (as costly as
// its path, and unused here): the countries are drawn with the path generator it hands over instead.
const none: never[] = [];

/** Land, with partner countries shaded, and the globe's outline. Memoised: it draws once per projection. */
export const CountriesLayer = memo(function CountriesLayer({ projection, active, features }: CountriesLayerProps) {
  const shaded = new Set(active.split(','));
  return (
    <CustomProjection projection={() => projection} data={none} digits={1}>
      {({ path }) => (
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
          {features.map((feature, i) => (
            <path
              key={feature.code ?? feature.properties?.name ?? i}
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
        </>
      )}
    </CustomProjection>
  );
});
