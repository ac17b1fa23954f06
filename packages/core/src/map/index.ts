// Everything framework-free the map draws from: layout, model, messages, and (soon) its scene.

export { worldTopology } from '../generated/worldTopology.js';
export * from './arcPaths.js';
export * from './arcWeights.js';
export * from './basemap.js';
export * from './buildMapModel.js';
export * from './clusterByCity.js';
export * from './countryAnchors.js';
export * from './isoNumeric.js';
export * from './labelsAfter.js';
export * from './layoutMarkers.js';
export * from './makeProjection.js';
export * from './mapHighlight.js';
export * from './mapLayout.js';
export * from './mapLegend.js';
export * from './mapMarks.js';
export * from './mapScene.js';
export * from './markerText.js';
export * from './messages.js';
export * from './nearestInDirection.js';
export * from './projectArcs.js';
export * from './relayoutMarkers.js';
export * from './separateMarkers.js';
export * from './worldCountries.js';
