import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Packaging tier: the packed tarballs, installed with npm into a consumer under os.tmpdir() (globalSetup).
// The tests spawn node/tsc/publint/attw in that consumer; files run one after another (2 cores).
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    name: 'package',
    environment: 'node',
    include: ['tests/package/**/*.test.ts'],
    globalSetup: ['tests/package/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 600_000,
    env: { TZ: 'UTC' },
  },
});
