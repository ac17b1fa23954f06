// The built-in data set for elements in locale 'zh' (see builtin.ts; replaced in the browser build).
export * from './builtin.js';
