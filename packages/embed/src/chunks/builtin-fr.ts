// The built-in data set for elements in locale 'fr' (see builtin.ts; replaced in the browser build).
export * from './builtin.js';
