// Smoke of the benchmark harness: packs and installs the parklinks packages as `pnpm bench` does (the dist/ that
// `pnpm test` has just built; the consumer folder is cached by the tarballs' hash), builds the small parklinks page of
// each view from them, renders it once per data profile in Chromium and checks that the probe reports a first
// render, a heap size, a pointer-hover time and a controlled-selection time. The full benchmark is `pnpm bench`.
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serve } from '../browser/serve.mjs';
import { type BuiltPage, buildAll, defaultOutdir, floorPage, pages, profiles, root } from './lib/build.mjs';
import { packedConsumer } from './lib/consumer.mjs';
import { actSteps, drawnAfterMarks, launchBench, measurePage } from './lib/measure.mjs';

const views = pages.filter((p) => p.lib === 'parklinks');
const outdir = join(defaultOutdir, 'smoke');
let built: BuiltPage[] = [];
let server: Awaited<ReturnType<typeof serve>>;
let context: BrowserContext;

beforeAll(async () => {
  const consumer = packedConsumer(root, { build: false, log: () => {} });
  ({ built } = await buildAll({
    pageList: [...views, floorPage],
    sizeNames: ['small'],
    outdir,
    consumer: consumer.dir,
  }));
  server = await serve(outdir);
  context = await launchBench();
});
afterAll(async () => {
  await context?.close();
  await server?.close();
});

test.each(views.flatMap((p) => profiles.map((profile) => [p.view, profile, p] as const)))(
  '%s, %s profile: the small parklinks page builds from the packed package, renders and reports its numbers',
  async (_, profile, page) => {
    const b = built.find((x) => x.name === page.name);
    expect(b?.error, 'build error').toBeUndefined();
    expect(b?.from).toBe('packed');
    expect(b?.gzipBytes).toBeGreaterThan(10_000);
    const r = await measurePage(context, `${server.url}/${page.name}.${profile}.small.html`, {
      timeoutMs: 30_000,
      quietMs: 200,
    });
    if (r.error !== undefined) throw new Error(r.error);
    expect(r.messages ?? [], 'console errors').toEqual([]);
    expect(r.firstRenderMs).toBeGreaterThan(0);
    expect(r.firstRenderMs).toBeLessThan(30_000);
    expect(r.presentedMs).toBeGreaterThan(0);
    expect(r.heapMB).toBeGreaterThan(0);
    expect(r.elements, 'elements in the chart').toBeGreaterThan(50);
    expect(r.hoverMs, 'hover changed the page').toBeGreaterThan(0);
    expect(r.selectMs, 'selectedId changed the page').toBeGreaterThan(0);
    // The trace found the frames that drew them, after their DOM changes.
    expect(r.hoverDrawnMs, 'hover drawn').toBeGreaterThanOrEqual(r.hoverMs ?? Number.POSITIVE_INFINITY);
    expect(r.selectDrawnMs, 'selectedId drawn').toBeGreaterThanOrEqual(r.selectMs ?? Number.POSITIVE_INFINITY);
    if (page.view === 'network') expect(r.layoutMs).toBeGreaterThan(0);
  },
);

test("the probe's floor page (no framework) reports a pointer hover that changed its page", async () => {
  expect(built.find((x) => x.name === floorPage.name)?.error, 'build error').toBeUndefined();
  const r = await measurePage(context, `${server.url}/${floorPage.name}.plain.small.html`, { select: false });
  if (r.error !== undefined) throw new Error(r.error);
  expect(r.hoverMs, 'hover changed the page').toBeGreaterThan(0);
  expect(r.hoverPresentedMs).toBeGreaterThanOrEqual(r.hoverMs ?? Number.NaN);
  expect(r.hoverDrawnMs, 'hover drawn').toBeGreaterThanOrEqual(r.hoverMs ?? Number.POSITIVE_INFINITY);
  expect(r.hoverTarget).toMatch(/^circle /);
});

test('actSteps reads each act to its draw from a trace: the content frame after the act, its commit, the activation, the draw', () => {
  const mark = (name: string, ts: number) => ({ name, cat: 'blink.user_timing', ph: 'R', ts });
  const span = (name: string, ts: number, dur: number) => ({ name, cat: 'cc', ph: 'X', ts, dur });
  const events = [
    mark('pl-hover-0', 1_000),
    span('ProxyImpl::Commit', 2_000, 100), // an earlier frame's commit, before the content frame: not this act's
    mark('pl-frame', 3_000),
    span('ProxyImpl::Commit', 4_000, 500),
    span('RasterTask', 4_600, 300),
    span('RasterTask', 5_000, 300),
    span('LayerTreeHostImpl::ActivateSyncTree', 9_000, 100),
    span('Display::DrawAndSwap', 12_000, 3_000),
    mark('pl-act', 20_000), // the pointer leaving: its own frame, not reported
    mark('pl-frame', 21_000),
    span('ProxyImpl::Commit', 22_000, 100),
    mark('pl-select-0', 30_000), // nothing drawn before the next act
    mark('pl-act', 40_000),
  ];
  const steps = actSteps(events);
  expect(Object.keys(steps).sort()).toEqual(['pl-hover-0', 'pl-select-0']);
  expect(steps['pl-hover-0']).toEqual({ frame: 2, commit: 3, activated: 8, drawn: 14, rasterTasks: 2 });
  expect(steps['pl-select-0']).toEqual({ frame: null, commit: null, activated: null, drawn: null, rasterTasks: null });
  expect(drawnAfterMarks(events)).toEqual({ 'pl-hover-0': 14, 'pl-select-0': null });
});
