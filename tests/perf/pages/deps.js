// Libraries the peer pages use that are dependencies of @parklinks/react or /core, not of the root: esbuild resolves them
// through `nodePaths` (tests/perf/lib/build.mjs); deps.d.ts gives TypeScript their real types.

export { EqualEarth } from '@visx/geo';
export { Graph } from '@visx/network';
export { scaleTime } from '@visx/scale';
export { forceCenter, forceLink, forceManyBody, forceSimulation } from 'd3-force';
export { geoEqualEarth, geoPath } from 'd3-geo';
export { feature } from 'topojson-client';
export { default as world } from 'world-atlas/countries-110m.json';
