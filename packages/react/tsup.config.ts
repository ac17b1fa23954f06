import { defineConfig } from 'tsup';

// One entry per view plus the root that re-exports them all. ESM output shares chunks between entries,
// so a page that imports two views carries their common code once.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    map: 'src/map/index.ts',
    network: 'src/network/index.ts',
    timeline: 'src/timeline/index.ts',
    explorer: 'src/explorer/index.ts',
    table: 'src/table/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  external: ['react', 'react-dom', 'react/jsx-runtime'],
  // The charts use hooks and the DOM: every file, entries and shared chunks alike, is a client module for React
  // Server Components, so a Next.js server page imports a chart with no wrapper. esbuild drops a "use client"
  // written in a source file when it bundles; scripts/useClient.mjs makes it the first statement of each output
  // (a banner would land after the "use strict" of the CJS files).
  onSuccess: 'node scripts/useClient.mjs',
});
