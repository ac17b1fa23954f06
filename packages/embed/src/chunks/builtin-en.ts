// The built-in data set for elements in locale 'en' (see builtin.ts; replaced in the browser build).
export * from './builtin.js';
