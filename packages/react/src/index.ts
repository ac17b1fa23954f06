// Everything in one import. Each view also has an entry of its own, so a page pays only for what it shows:
// '@parklinks/react/map', '/network', '/timeline', '/explorer', '/table'. Layouts, scenes, messages and the
// other framework-free parts are in '@parklinks/core'.
export * from './explorer/index.js';
export * from './map/index.js';
export * from './network/index.js';
export * from './shared/index.js';
export * from './table/index.js';
export * from './timeline/index.js';
