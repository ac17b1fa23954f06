// Everything framework-free the timeline draws from: layout, model, messages, and (soon) its scene.
export * from './dateText.js';
export * from './densityBins.js';
export * from './eventExtent.js';
export * from './keyboardIndex.js';
export * from './laneName.js';
export * from './laneOf.js';
export * from './layoutLanes.js';
export * from './layoutTray.js';
export * from './layoutVertical.js';
export * from './linearScale.js';
export * from './messages.js';
export * from './packLanes.js';
export * from './prepareEvents.js';
export * from './timeTicks.js';
export * from './wrapText.js';
export * from './zoomDomain.js';
