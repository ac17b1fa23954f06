// The map with very many markers in real Chromium (the benchmark's page of 2,000 city-less parks, built from source):
// the markers are drawn on a canvas where the server's SVG would put them, a real pointer over one shows its tooltip
// and a click selects it (the hit test on the layout), and the keyboard's active marker is the one named element.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildAll, pages } from '../perf/lib/build.mjs';
import { launch } from './chromium.mjs';
import { serve } from './serve.mjs';

let ctx: BrowserContext;
let page: Page;
let server: Awaited<ReturnType<typeof serve>>;
let outdir: string;
beforeAll(async () => {
  outdir = mkdtempSync(join(tmpdir(), 'parklinks-map-canvas-'));
  const map = pages.filter((p) => p.name === 'map-parklinks');
  await buildAll({ pageList: map, sizeNames: ['large'], profileNames: ['plain'], outdir });
  server = await serve(outdir);
  ctx = await launch();
  page = await ctx.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
});
afterAll(async () => {
  await ctx?.close();
  await server?.close();
  rmSync(outdir, { recursive: true, force: true });
});

/** The pixel of the markers' canvas at (x, y) in the chart's svg (CSS px), read through a 2D copy of its bitmap. */
const canvasPixel = (x: number, y: number) =>
  page.evaluate(
    ([x, y]: [number, number]) => {
      const c = document.querySelector('canvas[data-markers]') as HTMLCanvasElement;
      const ratio = c.width / c.getBoundingClientRect().width;
      const copy = new OffscreenCanvas(c.width, c.height);
      const g = copy.getContext('2d') as OffscreenCanvasRenderingContext2D;
      g.drawImage(c, 0, 0);
      return [...g.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data];
    },
    [x, y] as [number, number],
  );

describe('the map with very many markers, in Chromium', () => {
  test('draws the markers on a canvas, names the keyboard’s marker, and finds markers under a real pointer', async () => {
    await page.goto(`${server.url}/map-parklinks.plain.large.html`);
    const app = page.locator('svg[role="application"]');
    await page.locator('canvas[data-markers]').waitFor({ state: 'attached', timeout: 60_000 });
    expect(Number(await page.locator('canvas[data-markers]').getAttribute('data-markers'))).toBeGreaterThan(1500);
    expect(await app.locator('[data-id]').count()).toBe(0);

    // Tab onto the map: the active marker is the one named element, where the canvas draws a marker of its colour.
    await app.focus();
    const active = page.locator('svg[role="application"] [data-id][aria-label]');
    expect(await active.count()).toBe(1);
    const id = await active.getAttribute('data-id');
    expect(await app.getAttribute('aria-activedescendant')).toBe(await active.getAttribute('id'));
    const [cx, cy] = [Number(await active.getAttribute('cx')), Number(await active.getAttribute('cy'))];
    const fill = await active.evaluate((el) => getComputedStyle(el).fill);
    const [r, g, b, a] = await canvasPixel(cx, cy);
    expect(a).toBe(255);
    expect(`rgb(${r}, ${g}, ${b})`).toBe(fill);
    // Away from every marker the canvas is clear.
    expect((await canvasPixel(2, 2))[3]).toBe(0);

    // A real pointer over that marker (after the keyboard leaves): its tooltip; a click selects it.
    await app.evaluate((el) => (el as SVGSVGElement).blur());
    const box = (await app.boundingBox()) as { x: number; y: number };
    await page.mouse.move(box.x + cx, box.y + cy);
    const tooltip = page.locator('[role="tooltip"]');
    await tooltip.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await tooltip.textContent()).toContain(`Science Park ${id?.replace('park-', '')}`);
    expect(await app.evaluate((el) => (el as SVGSVGElement).style.cursor)).toBe('pointer');
    await page.mouse.click(box.x + cx, box.y + cy);
    await page.locator('[data-selected-ring]').waitFor({ state: 'attached', timeout: 5_000 });
    const ring = page.locator('[data-selected-ring]');
    expect(Number(await ring.getAttribute('cx'))).toBeCloseTo(cx, 0);
    expect(Number(await ring.getAttribute('cy'))).toBeCloseTo(cy, 0);
  });
});
