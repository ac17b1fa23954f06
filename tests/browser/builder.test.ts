// The builder for editors (packages/embed/dist/builder.html) in real Chromium, served with a strict CSP: every
// choice changes both the live preview (the real <parklinks-…> element) and the codes; the copied script+element
// code pasted into a blank page of the same folder draws the same chart; the iframe code draws it too; the SVG,
// PNG and CSV downloads hold the selection. Screenshots land in tests/artifacts/builder/ for a person to look at.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dataset } from '../../packages/data/src/dataset.js';
import { filterDataset } from '../../packages/data/src/index.js';
import { parseCsv } from '../parseCsv.js';
import { isBrowserNoise } from './browserNoise.mjs';
import { launch } from './chromium.mjs';
import { serve } from './serve.mjs';
import { axeViolations } from './story';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = join(root, 'packages', 'embed');
const dist = join(pkg, 'dist');
const artifacts = join(root, 'tests', 'artifacts', 'builder');
// The repo's strict policy; PNGs are drawn from a blob: image, so img-src allows blob: (as builder.html's own does).
const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:";
const files = [
  'builder.html',
  'builder.js',
  'builder.css',
  'parklinks.js',
  'embed.html',
  'embed-page.js',
  'parklinks-frame.js',
];

let dir: string;
let url: string;
let close: () => Promise<void>;
let ctx: BrowserContext;

beforeAll(async () => {
  const run = (script: string) => {
    const r = spawnSync(process.execPath, [join(pkg, 'scripts', script)], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${script} failed:\n${r.stderr}`);
  };
  if (!existsSync(join(dist, 'parklinks.js'))) run('build.mjs');
  if (!files.every((f) => existsSync(join(dist, f)))) run('builder.mjs');
  mkdirSync(artifacts, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'parklinks-builder-'));
  // The whole folder, as a newsroom would host it: whatever else the loader fetches from it comes along.
  cpSync(dist, dir, { recursive: true });
  ({ url, close } = await serve(dir, { headers: { 'content-security-policy': csp } }));
  ctx = await launch({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
});

afterAll(async () => {
  await ctx?.close();
  await close?.();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A page that records console errors, uncaught errors and CSP violations. */
async function open(path: string) {
  const page = await ctx.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if ((m.type() === 'error' || m.type() === 'warning') && !isBrowserNoise(m)) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(`${url}/${path}`);
  return { page, problems };
}

type Facts = {
  tag: string;
  title: string;
  lang: string | null;
  dir: string;
  theme: string | null;
  marks: number;
  height: number;
  width: number;
  alert: string | null;
};

/** What a reader sees of the element `selector` finds (its interactive chart), once its drawing has stopped changing. */
async function facts(where: Page | Frame, selector: string): Promise<Facts> {
  let last = '';
  for (let i = 0; i < 120; i++) {
    const f = await where.evaluate((sel) => {
      const el = document.querySelector<HTMLElement>(sel);
      const r = el?.shadowRoot;
      const fig = r?.querySelector<HTMLElement>('figure.parklinks');
      // The first paint is a static SVG; the pointer moving over it (as a reader's would) swaps in the chart.
      if (!fig && r?.querySelector('.parklinks-static'))
        el!.dispatchEvent(new PointerEvent('pointermove', { bubbles: true }));
      return {
        tag: el?.localName ?? '',
        title: fig?.querySelector('figcaption')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        lang: fig?.getAttribute('lang') ?? null,
        dir: fig ? getComputedStyle(fig).direction : '',
        theme: fig?.dataset.theme ?? null,
        marks: fig?.querySelectorAll('svg circle, svg path, svg rect, svg line').length ?? 0,
        height: el ? Math.round(el.getBoundingClientRect().height) : 0,
        width: el ? Math.round(el.getBoundingClientRect().width) : 0,
        alert: r?.querySelector('[role="alert"]')?.textContent ?? null,
      };
    }, selector);
    const key = JSON.stringify(f);
    if ((f.marks > 0 || f.alert) && key === last) return f;
    last = key;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${selector} never settled: ${last}`);
}

const preview = '.plb-preview > *';
const code = (page: Page, key: 'script' | 'iframe' | 'pym') =>
  page.locator(`textarea[data-code="${key}"]`).inputValue();
const attr = (page: Page, name: string) => page.locator(preview).getAttribute(name);

describe('builder.html', () => {
  let page: Page;
  let problems: string[];
  let shown: Facts;

  test('each choice changes both the preview and the codes', async () => {
    ({ page, problems } = await open('builder.html'));
    let before = await facts(page, preview);
    expect(before.tag).toBe('parklinks-map');
    expect(before.alert).toBeNull();
    let codes = [await code(page, 'script'), await code(page, 'iframe')];
    expect(codes[0]).toBe(
      `<script async src="${url}/parklinks.js"></script>\n<parklinks-map height="480" locale="en"></parklinks-map>`,
    );

    /** Applies one choice; checks that the preview and both codes changed, and returns the new facts. */
    const choose = async (what: string, act: () => Promise<void>, expected: RegExp) => {
      await act();
      await page.waitForFunction(
        ([old]) => document.querySelector<HTMLTextAreaElement>('textarea[data-code="script"]')?.value !== old,
        [codes[0]],
      );
      const after = await facts(page, preview);
      const now = [await code(page, 'script'), await code(page, 'iframe')];
      expect.soft(after, `${what}: the preview changed`).not.toEqual(before);
      expect.soft(after.alert, `${what}: no error in the preview`).toBeNull();
      expect.soft(now[0], `${what}: script code`).toMatch(expected);
      expect.soft(now[1], `${what}: iframe code`).not.toBe(codes[1]);
      before = after;
      codes = now;
      return after;
    };

    let f = await choose(
      'view',
      () => page.check('input[data-control="view"][value="network"]'),
      /<parklinks-network /,
    );
    expect(f.tag).toBe('parklinks-network');
    expect(await code(page, 'iframe')).toContain('view=network');

    const marksAll = f.marks;
    f = await choose('country', () => page.check('input[data-control="country"][value="CN"]'), / countries="CN"/);
    expect(await attr(page, 'countries')).toBe('CN');
    expect(f.marks).toBeLessThan(marksAll);

    f = await choose('kind', () => page.check('input[data-control="kind"][value="memorandum"]'), / kinds="memorandum"/);
    expect(await attr(page, 'kinds')).toBe('memorandum');

    f = await choose(
      'from',
      () => page.selectOption('select[data-control="from"]', '2015').then(() => {}),
      / from="2015"/,
    );
    f = await choose('to', () => page.selectOption('select[data-control="to"]', '2020').then(() => {}), / to="2020"/);
    expect(await attr(page, 'to')).toBe('2020');

    f = await choose('theme', () => page.check('input[data-control="theme"][value="dark"]'), / theme="dark"/);
    expect(f.theme).toBe('dark');

    const h = f.height;
    f = await choose('height', () => page.fill('input[data-control="height"]', '640'), / height="640"/);
    expect(f.height).toBeGreaterThan(h + 100);

    f = await choose(
      'locale',
      () => page.selectOption('select[data-control="locale"]', 'ar').then(() => {}),
      / locale="ar"/,
    );
    expect(f.lang).toBe('ar');
    expect(f.dir).toBe('rtl');

    f = await choose(
      'heading',
      () => page.fill('input[data-control="heading"]', 'شراكات الصين'),
      / heading="شراكات الصين"/,
    );
    expect(f.title).toContain('شراكات الصين');

    // The count the builder states is the filter's.
    const filter = { countries: ['CN'], kinds: ['memorandum' as const], from: '2015', to: '2020' };
    const kept = filterDataset(dataset, filter).partnerships.length;
    expect(kept).toBeGreaterThan(0);
    expect(await page.locator('.plb-count').textContent()).toContain(String(kept));

    expect(await code(page, 'script')).toBe(
      `<script async src="${url}/parklinks.js"></script>\n<parklinks-network height="640" countries="CN" kinds="memorandum" from="2015" to="2020" locale="ar" theme="dark" heading="شراكات الصين"></parklinks-network>`,
    );
    shown = f;
    await page.screenshot({ path: join(artifacts, 'builder-choices.png'), fullPage: true });
  });

  test('the copied script code, pasted into a blank page of the same folder, draws the same chart', async () => {
    await page.click('button[data-copy="script"]');
    await expect.poll(() => page.locator('button[data-copy="script"] + .plb-status').textContent()).not.toBe('');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await code(page, 'script'));
    writeFileSync(
      join(dir, 'pasted-script.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title></head><body>\n${copied}\n</body></html>`,
    );
    const blank = await open('pasted-script.html');
    // The same width as the preview, so that the chart is laid out alike (body margin 8 px each side).
    await blank.page.setViewportSize({ width: shown.width + 16, height: 900 });
    const pasted = await facts(blank.page, 'body > parklinks-network');
    expect(pasted.alert).toBeNull();
    expect(pasted.title).toBe(shown.title);
    expect(pasted.lang).toBe('ar');
    expect(pasted.theme).toBe('dark');
    expect(pasted.marks).toBe(shown.marks);
    // The element takes the page's font (the builder's is a sans serif at 15 px, the blank page's the browser's
    // default), so the heading may wrap to another height; the whole chart is fitted to the chosen 640 px all the same.
    expect(pasted.height).toBe(640);
    await blank.page.screenshot({ path: join(artifacts, 'pasted-script.png'), fullPage: true });
    expect(blank.problems).toEqual([]);
    await blank.page.close();
  });

  test('the iframe code draws the chart in embed.html, sized by parklinks-frame.js', async () => {
    await page.click('button[data-copy="iframe"]');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await code(page, 'iframe'));
    expect(copied).toMatch(/ height="\d+"/);
    const pym = await code(page, 'pym');
    const src = /src="([^"]+)"/.exec(copied)?.[1];
    expect(pym).toContain(`data-pym-src="${src}"`);
    writeFileSync(
      join(dir, 'pasted-iframe.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title></head><body>\n${copied}\n</body></html>`,
    );
    const blank = await open('pasted-iframe.html');
    const frame = await (await blank.page.waitForSelector('iframe[data-parklinks]')).contentFrame();
    const inFrame = await facts(frame!, 'body > parklinks-network');
    expect(inFrame.alert).toBeNull();
    expect(inFrame.title).toBe(shown.title);
    expect(inFrame.theme).toBe('dark');
    expect(inFrame.lang).toBe('ar');
    // parklinks-frame.js sets the frame to the height embed.html announces: the whole chart, no inner scroll.
    await expect
      .poll(async () =>
        Math.abs(
          (await blank.page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)) -
            (await frame!.evaluate(() => document.documentElement.getBoundingClientRect().height)),
        ),
      )
      .toBeLessThan(2);
    await blank.page.screenshot({ path: join(artifacts, 'pasted-iframe.png'), fullPage: true });
    expect(blank.problems).toEqual([]);
    await blank.page.close();
  });

  test('SVG, PNG, PNG 2× and CSV downloads hold the selection', async () => {
    const save = async (key: string) => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.click(`button[data-download="${key}"]`)]);
      return { name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
    };
    const svg = await save('svg');
    expect(svg.name).toBe('parklinks-network-cn.svg');
    const text = svg.bytes.toString('utf8');
    expect(text).toMatch(/^<svg /);
    expect(text).toContain('شراكات الصين');
    expect(text).toContain('parklinks');
    expect(text).toMatch(/المخطط: parklinks/);

    const png = (b: Buffer) => ({
      signature: b.subarray(1, 4).toString('latin1'),
      width: b.readUInt32BE(16),
      height: b.readUInt32BE(20),
    });
    const svgWidth = Number(/<svg [^>]*width="(\d+)"/.exec(text)?.[1]);
    const svgHeight = Number(/<svg [^>]*height="(\d+)"/.exec(text)?.[1]);
    const one = await save('png');
    expect(one.name).toBe('parklinks-network-cn.png');
    expect(png(one.bytes)).toEqual({ signature: 'PNG', width: svgWidth, height: svgHeight });
    const two = await save('png2x');
    expect(two.name).toBe('parklinks-network-cn@2x.png');
    expect(png(two.bytes)).toEqual({ signature: 'PNG', width: svgWidth * 2, height: svgHeight * 2 });

    const csv = await save('csv');
    expect(csv.name).toBe('parklinks-network-cn.csv');
    const rows = parseCsv(csv.bytes.toString('utf8'));
    const kept = filterDataset(dataset, { countries: ['CN'], kinds: ['memorandum'], from: '2015', to: '2020' });
    expect(rows.length - 1).toBe(kept.partnerships.length);
    expect(rows.slice(1).map((r) => r[0])).toEqual(kept.partnerships.map((p) => p.id));
    for (const r of rows.slice(1)) expect(r[3]).toBe('memorandum');
  });

  test('no console errors or CSP violations on the builder page', () => {
    expect(problems).toEqual([]);
  });
});

describe.each([
  ['en', 1280],
  ['ar', 1280],
  ['en', 390],
  ['ar', 390],
] as const)('builder.html?lang=%s at %i px', (lang, width) => {
  test('lays out in its language without sideways scroll, passes axe (as its Storybook story must); screenshot saved', async () => {
    const { page, problems } = await open(`builder.html?lang=${lang}`);
    await page.setViewportSize({ width, height: 900 });
    await facts(page, preview);
    const r = await page.evaluate(() => ({
      dir: getComputedStyle(document.querySelector('.plb')!).direction,
      h1: document.querySelector('h1')?.textContent ?? '',
      overflow: document.documentElement.scrollWidth - window.innerWidth,
    }));
    expect(r.dir).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    expect(r.h1).toContain('parklinks');
    expect(r.overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifacts, `builder-${lang}-${width}.png`), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });
});
