// @parklinks/core as a user installs it: framework-free. Each entry, bundled from the installed tarball with
// nothing external, pulls in no React, no react-dom and no "use client" chunk; it loads in plain Node (no DOM) and
// draws a chart to a standalone SVG there, which is what a server, a CLI or a Svelte app would do with it.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { output, run } from './consumer';

const consumer = inject('consumer');
const entries = ['@parklinks/core', '@parklinks/core/map', '@parklinks/core/network', '@parklinks/core/timeline'];

describe('@parklinks/core from its tarball', () => {
  it.each(entries)('%s bundles with no React and no DOM code', async (spec) => {
    const require = createRequire(join(consumer, 'package.json'));
    const esbuild = require('esbuild') as typeof import('esbuild');
    const r = await esbuild.build({
      stdin: { contents: `export * from '${spec}';`, resolveDir: consumer, loader: 'js' },
      absWorkingDir: consumer,
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(r.metafile.inputs);
    expect(inputs.filter((p) => /node_modules[\\/](react|react-dom|scheduler|@visx)[\\/]/.test(p))).toEqual([]);
    expect(inputs.some((p) => p.includes('@parklinks/core'))).toBe(true);
    expect(r.outputFiles[0]!.text).not.toMatch(/["']use client["']/);
    // Core's own files never reach for the DOM (d3-timer, under d3-force, checks for `window` itself, guarded).
    for (const p of inputs.filter((i) => i.includes('@parklinks/core')))
      expect(readFileSync(join(consumer, p), 'utf8'), p).not.toMatch(/\bdocument\.|\bwindow\./);
  });

  it('draws the built-in map to SVG in plain Node, in ESM and in CJS', () => {
    const script = (format: 'esm' | 'cjs') =>
      format === 'esm'
        ? `import { sceneToSvg } from '@parklinks/core';
import { basemapFeatures, buildMapScene, worldBasemap } from '@parklinks/core/map';
import { dataset } from '@parklinks/data/dataset';
const svg = sceneToSvg(buildMapScene(dataset, { width: 640, basemap: basemapFeatures(worldBasemap) }));
console.log(JSON.stringify({ start: svg.slice(0, 4), length: svg.length, vars: svg.includes('var(--'), dom: typeof document }));`
        : `const { sceneToSvg } = require('@parklinks/core');
const { basemapFeatures, buildMapScene, worldBasemap } = require('@parklinks/core/map');
const { dataset } = require('@parklinks/data/dataset');
const svg = sceneToSvg(buildMapScene(dataset, { width: 640, basemap: basemapFeatures(worldBasemap) }));
console.log(JSON.stringify({ start: svg.slice(0, 4), length: svg.length, vars: svg.includes('var(--'), dom: typeof document }));`;
    for (const format of ['esm', 'cjs'] as const) {
      const file = join(consumer, `core-draw.${format === 'esm' ? 'mjs' : 'cjs'}`);
      writeFileSync(file, script(format));
      const r = run(process.execPath, [file], consumer);
      expect(r.status, output(r)).toBe(0);
      const got = JSON.parse(r.stdout.trim());
      expect(got).toMatchObject({ start: '<svg', vars: false, dom: 'undefined' });
      expect(got.length).toBeGreaterThan(50_000);
    }
  });
});
