export * from './dataset.js';
export * from './organization.js';
export * from './partnership.js';
export * from './primitives.js';
export * from './source.js';
export * from './vocabulary.js';
