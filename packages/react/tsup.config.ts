import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  // esnext keeps `with { type: 'json' }` on the world-atlas import, which Node's ESM loader requires.
  target: 'esnext',
  external: ['react', 'react-dom', 'react/jsx-runtime', 'world-atlas/countries-110m.json'],
});
