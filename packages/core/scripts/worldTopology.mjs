// The world topology of the browser scripts: world-atlas countries-110m, simplified and quantized at
// build time with topojson-simplify and topojson-client, keeping only what the map reads.
//   - only the `countries` object (the map never draws `land`)
//   - ids only; a name is kept only where a country has no id (Kosovo, N. Cyprus, Somaliland), since
//     the map derives Kosovo's code and the other two features' keys from it
//   - points of small visual weight dropped (topology-preserving: shared borders stay shared),
//     coordinates quantized to a grid fine enough for a 960 px wide map
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { quantize } from 'topojson-client';
import { presimplify, quantile, simplify, sphericalTriangleArea } from 'topojson-simplify';

const require = createRequire(import.meta.url);

/**
 * `keep`: share of interior arc points kept (the weightiest by spherical triangle area);
 * `keepPerArc`: points every arc keeps anyway; `grid`: cells per side of the quantized coordinates.
 */
export const worldTopologyOptions = { keep: 0.25, keepPerArc: 3, grid: 3000 };

/** world-atlas countries-110m reduced for the embed; returns the topology as a JSON string. */
export function worldTopology({ keep, keepPerArc, grid } = worldTopologyOptions) {
  const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
  const countries = world.objects.countries;
  const slim = {
    ...world,
    objects: {
      countries: {
        type: countries.type,
        geometries: countries.geometries.map(({ type, arcs, id, properties }) =>
          id === undefined ? { type, arcs, properties: { name: properties.name } } : { type, arcs, id },
        ),
      },
    },
  };
  // Arcs only the dropped `land` object used are left in place: deleting them would renumber the rest.
  const weighted = presimplify(slim, sphericalTriangleArea);
  const minWeight = quantile(weighted, keep);
  // A small island is one short arc whose every point weighs little: without this it would fall
  // to its endpoints and vanish. Each arc keeps its `keepPerArc` weightiest points whatever they weigh.
  for (const arc of weighted.arcs) {
    const inner = arc.slice(1, -1).sort((a, b) => b[2] - a[2]);
    for (const point of inner.slice(0, keepPerArc)) point[2] = Math.max(point[2], minWeight);
  }
  const simple = simplify(weighted, minWeight);
  return JSON.stringify(quantize(simple, grid));
}
