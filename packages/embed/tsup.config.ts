import { defineConfig } from 'tsup';

// The library (elements + renderSvg for bundler users) and the CLI. The browser builds
// (parklinks.js, embed page, frame script) come from scripts/build.mjs, run after this.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', png: 'src/png.ts' },
    // renderPng loads its rasterizer with createRequire(import.meta.url): shimmed in the CJS build.
    shims: true,
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'esnext',
    external: ['react', 'react-dom', 'react/jsx-runtime', '@resvg/resvg-js'],
  },
  {
    entry: { cli: 'src/bin.ts' },
    format: ['esm'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    external: ['react', 'react-dom', '@resvg/resvg-js'],
  },
]);
