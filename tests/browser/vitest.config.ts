import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser tier: a static Storybook (built once in globalSetup) driven by real Chromium through playwright-core.
// Runs in node; one browser at a time (2 cores), files one after another.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    name: 'browser',
    environment: 'node',
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
    env: { TZ: 'UTC' },
  },
});
