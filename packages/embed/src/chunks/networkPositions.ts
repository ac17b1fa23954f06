// Node positions of the whole built-in network, 0–1 of width and height. In the browser build (scripts/build.mjs)
// this module is replaced by the layout made there, once (src/static/defaultPositions.ts); here: none.
export const networkPositions: Readonly<Record<string, { x: number; y: number }>> | null = null;
