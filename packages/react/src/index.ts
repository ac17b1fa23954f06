export * from './explorer/index.js';
export * from './map/index.js';
export * from './network/index.js';
export * from './shared/index.js';
export * from './timeline/index.js';
