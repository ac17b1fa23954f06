// The loader on a news article page (issue 15), from the build in packages/embed/dist, in real Chromium:
//   - no layout shift when a chart arrives (the element holds its final height from the start), desktop and phone,
//     with the CPU slowed 4× (figures land in tests/artifacts/embed/article.json; the task bounds are generous,
//     the benchmark `node tests/perf/article.mjs` gives the medians);
//   - only the code of the views on the page is fetched, when their element nears the viewport; the built-in data
//     once for every element; the interactive chart only when the reader reaches for it;
//   - the same from a CDN: the script and its chunks on another origin (with CORS, as CDNs serve them), under a
//     page policy that allows only that origin's scripts.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchArticle, measureArticle, writeArticlePages } from './article.mjs';
import { isBrowserNoise } from './browserNoise.mjs';
import { chromiumArgs, launch } from './chromium.mjs';
import { serve } from './serve.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'packages', 'embed', 'dist');
const artifacts = join(root, 'tests', 'artifacts', 'embed');
const csp = "default-src 'self'; script-src 'self'; style-src 'self'";
const views = ['map', 'network', 'timeline'] as const;

let dir: string;
let cdnDir: string;
let site: { url: string; close: () => Promise<void> };
let cdn: { url: string; close: () => Promise<void> };
const figures: Record<string, unknown>[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parklinks-article-'));
  cpSync(dist, dir, { recursive: true });
  const cases: Record<string, { script: string; element: string }> = {};
  for (const v of views) cases[v] = { script: 'parklinks.js', element: `<parklinks-${v} id="chart"></parklinks-${v}>` };
  writeArticlePages(dir, cases);
  // Two views and two maps on one page, far down: what is fetched, and when.
  writeFileSync(
    join(dir, 'two-views.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Two views</title>
<link rel="stylesheet" href="spacer.css"><script src="parklinks.js" async></script></head><body>
<div class="spacer"></div><parklinks-map id="a" height="420"></parklinks-map>
<parklinks-timeline id="b" height="420"></parklinks-timeline><parklinks-map id="c" height="420"></parklinks-map>
</body></html>`,
  );
  writeFileSync(join(dir, 'spacer.css'), '.spacer { height: 3000px; }');
  site = await serve(dir, { headers: { 'content-security-policy': csp } });
  // The "CDN": the same files under a versioned path on another origin, with CORS.
  cdnDir = mkdtempSync(join(tmpdir(), 'parklinks-cdn-'));
  mkdirSync(join(cdnDir, 'npm', '@parklinks', 'embed@0.1.0'), { recursive: true });
  cpSync(dist, join(cdnDir, 'npm', '@parklinks', 'embed@0.1.0', 'dist'), { recursive: true });
  cdn = await serve(cdnDir, { headers: { 'access-control-allow-origin': '*' } });
  writeFileSync(
    join(dir, 'from-cdn.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>From a CDN</title>
<script src="${cdn.url}/npm/@parklinks/embed@0.1.0/dist/parklinks.js" async></script></head><body>
<parklinks-network id="chart" height="460" locale="fr"></parklinks-network></body></html>`,
  );
  mkdirSync(artifacts, { recursive: true });
});

afterAll(async () => {
  await site?.close();
  await cdn?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (cdnDir) rmSync(cdnDir, { recursive: true, force: true });
  writeFileSync(join(artifacts, 'article.json'), `${JSON.stringify(figures, null, 2)}\n`);
});

describe.each(['desktop', 'phone'] as const)('an embed in an article (%s, CPU 4× slower)', (viewport) => {
  let ctx: BrowserContext;
  beforeAll(async () => {
    ctx = await launchArticle(viewport);
  });
  afterAll(async () => ctx?.close());

  test.each(views)('<parklinks-%s> arrives, and turns interactive, without moving the article', async (view) => {
    const r = await measureArticle(ctx, `${site.url}/article-${view}.html`, { quietMs: 1500, wake: true });
    figures.push({ viewport, view, ...r });
    console.log(
      `${viewport} ${view}: CLS ${r.cls.toFixed(3)}, longest task ${Math.round(r.longestTask)} ms, TBT ${Math.round(r.tbt)} ms, ${r.height} px; pointer → interactive ${r.wake?.ms} ms`,
    );
    expect(r.errors).toEqual([]);
    expect(r.alert).toBeNull();
    // Layout shift over the whole visit: the first paint, and the interactive chart replacing it under the pointer.
    expect(r.wake).not.toBeNull();
    expect(r.cls).toBeLessThanOrEqual(0.001);
    // Generous: the machine may be busy; the benchmark gives the medians (issue 15 asks ≤ 100 ms per task).
    expect(r.longestTask).toBeLessThan(1500);
  });
});

describe('what the loader fetches', () => {
  let ctx: BrowserContext;
  beforeAll(async () => {
    // The "CDN" is another port on loopback; Chromium's Local Network Access checks would ask the reader for
    // permission there, which a real CDN (a public origin) never needs.
    ctx = await launch({
      viewport: { width: 900, height: 700 },
      args: [...chromiumArgs, '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests'],
    });
  });
  afterAll(async () => ctx?.close());

  async function open(path: string): Promise<{ page: Page; requests: string[]; problems: string[] }> {
    const page = await ctx.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if ((m.type() === 'error' || m.type() === 'warning') && !isBrowserNoise(m)) problems.push(m.text());
    });
    await page.goto(`${site.url}/${path}`);
    return { page, requests, problems };
  }
  const chunks = (requests: string[]) => requests.filter((p) => p.includes('/chunks/')).map((p) => p.split('/').pop()!);

  test('nothing but the loader until an element nears the viewport; then its view, and the data once', async () => {
    const { page, requests, problems } = await open('two-views.html');
    await page.waitForTimeout(500);
    expect(chunks(requests)).toEqual([]);
    const held = await page.evaluate(() => ['a', 'b', 'c'].map((id) => document.getElementById(id)!.offsetHeight));
    expect(held).toEqual([420, 420, 420]);

    await page.evaluate(() => document.getElementById('a')!.scrollIntoView());
    await page.waitForFunction(() =>
      ['a', 'b', 'c'].every((id) => (document.getElementById(id) as { rendered?: boolean }).rendered),
    );
    const fetched = chunks(requests);
    expect(fetched).toContain('map.js');
    expect(fetched).toContain('timeline.js');
    expect(fetched).not.toContain('network.js');
    expect(fetched).not.toContain('explorer.js');
    expect(fetched.filter((f) => f.startsWith('builtin-'))).toHaveLength(1);
    // The timeline's first paint writes dates: their texts in its locale come in a small chunk of their own.
    expect(fetched.filter((f) => f.startsWith('dates-'))).toHaveLength(1);
    // The interactive charts and the data's details wait for the reader.
    expect(fetched.some((f) => /^(map|timeline)-.*\.js$/.test(f) || f.startsWith('details-'))).toBe(false);
    expect(
      await page.evaluate(() => !!document.getElementById('a')!.shadowRoot!.querySelector('.parklinks-static svg')),
    ).toBe(true);

    await page.hover('#a');
    await page.mouse.move(200, 300);
    await page.waitForFunction(
      () => !!document.getElementById('a')!.shadowRoot!.querySelector('figure.parklinks:not(.parklinks-waking *)'),
    );
    const after = chunks(requests);
    expect(after.some((f) => /^map-.*\.js$/.test(f))).toBe(true);
    expect(after.filter((f) => f.startsWith('details-'))).toHaveLength(1);
    // Interactive, and still the height it held from the start.
    expect(await page.evaluate(() => document.getElementById('a')!.offsetHeight)).toBe(420);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a keyboard reader who tabs to the static chart lands in the interactive one', async () => {
    const { page, problems } = await open('article-map.html');
    await page.evaluate(() => document.getElementById('chart')!.scrollIntoView({ block: 'center' }));
    await page.waitForFunction(() => (document.getElementById('chart') as { rendered?: boolean }).rendered);
    await page.evaluate(() =>
      (document.getElementById('chart')!.shadowRoot!.querySelector('.parklinks-static') as HTMLElement).focus(),
    );
    await page.waitForFunction(
      () => !!document.getElementById('chart')!.shadowRoot!.querySelector('figure.parklinks:not(.parklinks-waking *)'),
    );
    const focused = await page.evaluate(
      () => document.getElementById('chart')!.shadowRoot!.activeElement?.tagName ?? null,
    );
    expect(focused).not.toBeNull();
    expect(problems).toEqual([]);
    await page.close();
  });

  test('from a CDN path on another origin, under a policy that allows that origin', async () => {
    const page = await ctx.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && !isBrowserNoise(m)) problems.push(m.text());
    });
    await page.route(`${site.url}/from-cdn.html`, async (route) => {
      const res = await route.fetch();
      await route.fulfill({
        response: res,
        headers: {
          ...res.headers(),
          'content-security-policy': `default-src 'self'; script-src ${cdn.url}; style-src 'self'`,
        },
      });
    });
    await page.goto(`${site.url}/from-cdn.html`);
    await page
      .waitForFunction(() => (document.getElementById('chart') as { rendered?: boolean }).rendered, null, {
        timeout: 20_000,
      })
      .catch(() => {});
    expect(problems).toEqual([]);
    const label = await page.evaluate(
      () =>
        document.getElementById('chart')!.shadowRoot!.querySelector('.parklinks-static')?.getAttribute('aria-label') ??
        null,
    );
    expect(label).toBe('Réseau des partenariats');
    expect(problems).toEqual([]);
    await page.close();
  });
});
