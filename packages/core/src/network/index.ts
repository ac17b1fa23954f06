// Everything framework-free the network draws from: layout, model, messages, and (soon) its scene.
export * from './countryGroup.js';
export * from './fitToBox.js';
export * from './forceRepel.js';
export * from './graphWalk.js';
export * from './groupPalette.js';
export * from './highlight.js';
export * from './layoutNetwork.js';
export * from './linkPath.js';
export * from './linkStyle.js';
export * from './messages.js';
export * from './networkModel.js';
export * from './nodeColor.js';
export * from './nodeId.js';
export * from './nodeRadius.js';
export * from './placeLabels.js';
export * from './staticLabels.js';
export * from './viewBoxPoint.js';
