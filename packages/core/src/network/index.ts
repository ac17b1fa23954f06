// Everything framework-free the network draws from: layout, model, messages, and its scene.

export { viewBoxPoint } from '../shared/viewBoxPoint.js';
export * from './buildNetworkModel.js';
export * from './countryGroup.js';
export * from './fitToBox.js';
export * from './forceRepel.js';
export * from './graphWalk.js';
export * from './groupPalette.js';
export * from './highlight.js';
export * from './labelMarks.js';
export * from './layoutNetwork.js';
export * from './linkPath.js';
export * from './linkStyle.js';
export * from './messages.js';
export * from './networkLegend.js';
export * from './networkMarks.js';
export * from './networkScene.js';
export * from './nodeColor.js';
export * from './nodeId.js';
export * from './nodeRadius.js';
export * from './selectionLayer.js';
export * from './separateNodes.js';
export * from './staticLabels.js';
