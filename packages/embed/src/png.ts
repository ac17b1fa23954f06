// @parklinks/embed/png: the static charts as PNG, for Node (a native rasterizer; the browser builds never import it).
export { type RenderPngOptions, renderPng } from './static/renderPng.js';
