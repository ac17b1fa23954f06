// Types for deps.js, taken from the packages @parklinks/react depends on (the root cannot resolve them by name).
export {
  forceCenter,
  forceLink,
  forceManyBody,
  forceSimulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from '../../../packages/core/node_modules/@types/d3-force';
export { feature } from '../../../packages/core/node_modules/@types/topojson-client';
export type { GeometryCollection, Topology } from '../../../packages/core/node_modules/@types/topojson-specification';
export { geoEqualEarth, geoPath } from '../../../packages/react/node_modules/@types/d3-geo';
export { EqualEarth } from '../../../packages/react/node_modules/@visx/geo';
export { Graph } from '../../../packages/react/node_modules/@visx/network';
export { scaleTime } from '../../../packages/react/node_modules/@visx/scale';
/** world-atlas countries-110m TopoJSON. */
export declare const world: unknown;
