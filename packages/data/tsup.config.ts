import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      dataset: 'src/dataset.ts',
      renamed: 'src/renamed.ts',
      schema: 'src/schema.ts',
      node: 'src/node/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    sourcemap: true,
    target: 'es2022',
    // Writes dist/parklinks.json, the JSON Schema and the CSV tables once the library is built.
    onSuccess: 'tsx scripts/generate.ts --emit',
  },
  {
    entry: { cli: 'src/bin.ts' },
    format: ['esm'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
