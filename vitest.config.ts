import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { workspaceAliases } from './tests/aliases';

// Unit and component tests run against the sources; the browser and package tiers test the builds.

export default defineConfig({
  plugins: [react()],
  resolve: { alias: workspaceAliases },
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
