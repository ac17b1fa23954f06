import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Perf smoke tier: packs the packages (npm install the first time), builds one small parklinks page per view and
// renders it once per data profile in Chromium (tests/perf/smoke.test.ts).
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    name: 'perf',
    environment: 'node',
    include: ['tests/perf/smoke.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    env: { TZ: 'UTC' },
  },
});
