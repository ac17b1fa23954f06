// Next.js App Router, as a new user meets it: a Server Component page (no "use client" in the app) imports the
// three charts from their entries in the installed tarballs; `next build`, `next start`, then the pages in
// Chromium, in English and Arabic: no console error or hydration warning, every chart drawn and hydrated.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isBrowserNoise, isBrowserOwnRequest } from '../browser/browserNoise.mjs';
import { launch } from '../browser/chromium.mjs';
import { cleanEnv, output, run } from './consumer';

const consumer = inject('consumer');
const app = join(consumer, 'next-app');
const next = join(consumer, 'node_modules', 'next', 'dist', 'bin', 'next');
const port = 3100 + Math.floor(Math.random() * 800);
const env = { NEXT_TELEMETRY_DISABLED: '1' };
let server: ChildProcess | undefined;
let ctx: BrowserContext;
let buildLog = '';

beforeAll(async () => {
  const t = Date.now();
  const build = run(process.execPath, [next, 'build'], app, env, 480_000);
  buildLog = output(build);
  if (build.status !== 0) return;
  console.log(`next build: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  server = spawn(process.execPath, [next, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: app,
    env: cleanEnv(env),
    stdio: 'pipe',
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('next start did not answer in 60 s')), 60_000);
    const poll = async () => {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/`)).ok) {
          clearTimeout(timer);
          resolve();
          return;
        }
      } catch {}
      setTimeout(poll, 300);
    };
    poll();
  });
  ctx = await launch();
}, 600_000);

afterAll(async () => {
  await ctx?.close();
  server?.kill();
});

async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await ctx.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (['error', 'warning', 'assert'].includes(m.type()) && !isBrowserNoise(m))
      problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400 && !isBrowserOwnRequest(r.url())) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
  return { page, problems };
}

describe('Next.js App Router (next 16.5) with the packed packages', () => {
  it("/map (one chart, the user's records): drawn, hydrated, no error; JavaScript shipped is reported", async () => {
    expect(server, 'the build failed, see the first test').toBeDefined();
    const page = await ctx.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (['error', 'warning'].includes(m.type()) && !isBrowserNoise(m))
        problems.push(`console.${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    const js: Promise<number>[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.js'))
        js.push(
          r
            .request()
            .sizes()
            .then((s) => s.responseBodySize),
        );
    });
    await page.goto(`http://127.0.0.1:${port}/map`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => {
      const el = document.querySelector('#map figure');
      return !!el && Object.keys(el).some((k) => k.startsWith('__reactFiber'));
    });
    const bytes = (await Promise.all(js)).reduce((a, b) => a + b, 0);
    console.log(
      `next /map: ${js.length} scripts, ${(bytes / 1024).toFixed(1)} KiB transferred (gzip, React and Next included)`,
    );
    expect(await page.locator('#map path[data-country]').count()).toBeGreaterThan(150);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('`next build` succeeds with the charts imported in a Server Component', () => {
    expect(buildLog, 'next build').toMatch(/exit 0/);
  });

  for (const [path, locale] of [
    ['/', 'en'],
    ['/ar', 'ar'],
  ] as const) {
    it(`${path} (${locale}): drawn on the server, hydrated in Chromium without an error or warning`, async () => {
      expect(server, 'the build failed, see the first test').toBeDefined();
      const html = await (await fetch(`http://127.0.0.1:${port}${path}`)).text();
      // Server-rendered: the world's countries, the network's nodes and the timeline's events are in the HTML.
      expect((html.match(/data-country=/g) ?? []).length).toBeGreaterThan(150);
      expect(html).toContain(locale === 'ar' ? 'dir="rtl"' : 'dir="ltr"');
      const { page, problems } = await open(path);
      const counts = await page.evaluate(() => ({
        countries: document.querySelectorAll('#map path[data-country]').length,
        nodes: document.querySelectorAll('#network [role="button"], #network circle').length,
        marks: document.querySelectorAll('#timeline svg [role="button"], #timeline svg rect, #timeline svg circle')
          .length,
      }));
      // Hydration may take a few seconds on a loaded 2-core machine: wait until React has taken over every chart.
      await page.waitForFunction(
        () =>
          ['#map', '#network', '#timeline'].every((s) => {
            const el = document.querySelector(`${s} figure`);
            return !!el && Object.keys(el).some((k) => k.startsWith('__reactFiber'));
          }),
        undefined,
        { timeout: 30_000 },
      );
      await page.waitForTimeout(500);
      expect(counts.countries).toBeGreaterThan(150);
      expect(counts.nodes).toBeGreaterThan(20);
      expect(counts.marks).toBeGreaterThan(20);
      // React attached itself to the server's DOM of each chart (hydrated rather than left as static HTML).
      const hydrated = await page.evaluate(() =>
        ['#map', '#network', '#timeline'].map((s) => {
          const figure = document.querySelector(`${s} figure`);
          return !!figure && Object.keys(figure).some((k) => k.startsWith('__reactFiber'));
        }),
      );
      expect(hydrated).toEqual([true, true, true]);
      await page.locator('#timeline').scrollIntoViewIfNeeded();
      await page.waitForTimeout(300);
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});
