// Smoke of the benchmark harness: builds the small parklinks page of each view, renders it once in Chromium and
// checks that the probe reports a first render, a heap size and a hover time. The full benchmark is `pnpm bench`.
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serve } from '../browser/serve.mjs';
import { type BuiltPage, buildAll, defaultOutdir, pages } from './lib/build.mjs';
import { launchBench, measurePage } from './lib/measure.mjs';

const views = pages.filter((p) => p.lib === 'parklinks');
const outdir = join(defaultOutdir, 'smoke');
let built: BuiltPage[] = [];
let server: Awaited<ReturnType<typeof serve>>;
let context: BrowserContext;

beforeAll(async () => {
  ({ built } = await buildAll({ pageList: views, sizeNames: ['small'], outdir }));
  server = await serve(outdir);
  context = await launchBench();
});
afterAll(async () => {
  await context?.close();
  await server?.close();
});

test.each(views.map((p) => [p.view, p] as const))(
  '%s: the small parklinks page builds, renders and reports its numbers',
  async (_, page) => {
    const b = built.find((x) => x.name === page.name);
    expect(b?.error, 'build error').toBeUndefined();
    expect(b?.gzipBytes).toBeGreaterThan(10_000);
    const r = await measurePage(context, `${server.url}/${page.name}.small.html`, { timeoutMs: 30_000, quietMs: 200 });
    if (r.error !== undefined) throw new Error(r.error);
    expect(r.messages ?? [], 'console errors').toEqual([]);
    expect(r.firstRenderMs).toBeGreaterThan(0);
    expect(r.firstRenderMs).toBeLessThan(30_000);
    expect(r.heapMB).toBeGreaterThan(0);
    expect(r.elements, 'elements in the chart').toBeGreaterThan(50);
    expect(r.hoverMs, 'hover changed the page').toBeGreaterThan(0);
    if (page.view === 'network') expect(r.layoutMs).toBeGreaterThan(0);
  },
);
