import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const src = (p: string) => fileURLToPath(new URL(`./packages/${p}`, import.meta.url));
// Unit and component tests run against the sources; the browser and package tiers test the builds.
const alias = {
  '@parklinks/data/node': src('data/src/node/index.ts'),
  '@parklinks/data': src('data/src/index.ts'),
  '@parklinks/react': src('react/src/index.ts'),
  '@parklinks/embed': src('embed/src/index.ts'),
};

export default defineConfig({
  plugins: [react()],
  resolve: { alias },
  test: {
    env: { TZ: 'UTC' },
    // A hang guard, not a speed check: CI machines are shared and jsdom renders slowly.
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/*/src/**/*.test.ts', 'packages/*/scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'dom', environment: 'jsdom', include: ['packages/*/src/**/*.test.tsx'] },
      },
    ],
  },
});
