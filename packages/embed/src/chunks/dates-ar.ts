// The texts of the built-in data's dates in locale 'ar' (see dates.ts; replaced in the browser build).
export * from './dates.js';
