// Builds Storybook once (React development build, so React's own warnings reach the console) and serves it.
// Set PARKLINKS_STORYBOOK_DIR to reuse an existing build while iterating on the tests.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { serve } from './serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    storybookUrl: string;
    storybookDir: string;
  }
}

const root = fileURLToPath(new URL('../..', import.meta.url));

export default async function setup(project: TestProject) {
  let dir = process.env.PARKLINKS_STORYBOOK_DIR;
  if (!dir) {
    dir = join(root, 'tests', 'artifacts', 'storybook');
    rmSync(dir, { recursive: true, force: true });
    const t = Date.now();
    const r = spawnSync(join(root, 'node_modules', '.bin', 'storybook'), ['build', '--quiet', '-o', dir], {
      cwd: root,
      encoding: 'utf8',
      // Vitest sets NODE_ENV=test; a development build keeps React's warnings (keys, props, nesting).
      env: { ...process.env, NODE_ENV: 'development', STORYBOOK_DISABLE_TELEMETRY: '1' },
    });
    if (r.status !== 0 || !existsSync(join(dir, 'index.json'))) {
      throw new Error(`storybook build failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`.slice(-8000));
    }
    console.log(`storybook built in ${((Date.now() - t) / 1000).toFixed(1)} s → ${dir}`);
  }
  const { url, close } = await serve(dir);
  project.provide('storybookUrl', url);
  project.provide('storybookDir', dir);
  return close;
}
