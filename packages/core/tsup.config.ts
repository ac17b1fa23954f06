import { defineConfig } from 'tsup';

// The shared helpers at the root, one entry per chart; ESM output shares chunks between entries.
// No React, no DOM: tests/package checks that the built files import neither.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    map: 'src/map/index.ts',
    network: 'src/network/index.ts',
    timeline: 'src/timeline/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  splitting: true,
  treeshake: true,
  target: 'es2022',
});
