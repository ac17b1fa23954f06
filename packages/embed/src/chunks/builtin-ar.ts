// The built-in data set for elements in locale 'ar' (see builtin.ts; replaced in the browser build).
export * from './builtin.js';
