// Every story of the built Storybook in real Chromium: it renders, logs no console error or warning, axe finds
// no violation, and a screenshot lands in tests/artifacts/screenshots/ for a person to look at. Arabic stories
// must lay out right to left; narrow stories must fit 320 px without horizontal scroll.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launch } from './chromium.mjs';
import {
  artifacts,
  axeViolations,
  collectMessages,
  isBadDataStory,
  isNarrowStory,
  isRtlStory,
  openStory,
  storyEntries,
} from './story';

const url = inject('storybookUrl');
const stories = storyEntries(inject('storybookDir'));
const shots = join(artifacts, 'screenshots');
const summary: { id: string; ms: number; messages: string[]; violations: string[] }[] = [];
let ctx: BrowserContext;
let page: Page;
let log: ReturnType<typeof collectMessages>;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  ctx = await launch();
  page = await ctx.newPage();
  log = collectMessages(page);
});
afterAll(async () => {
  await ctx?.close();
  writeFileSync(join(artifacts, 'browser-stories.json'), `${JSON.stringify(summary, null, 2)}\n`);
});

async function shoot(id: string) {
  const path = join(shots, `${id}.png`);
  const root = page.locator('#storybook-root');
  const box = await root.boundingBox();
  if (box && box.width > 0 && box.height > 0) await root.screenshot({ path });
  else await page.screenshot({ path, fullPage: true });
}

test('the Storybook build has stories', () => {
  expect(stories.length).toBeGreaterThan(0);
});

describe.each(stories)('$title › $name', (story) => {
  test('renders without console errors or warnings, passes axe; screenshot saved', async () => {
    const t = Date.now();
    await page.setViewportSize({ width: 1100, height: 800 });
    log.take();
    await openStory(page, url, story.id);
    const content = await page.locator('#storybook-root').evaluate((el) => el.innerHTML.length);
    await shoot(story.id);
    const violations = await axeViolations(page);
    const messages = log.take();
    summary.push({ id: story.id, ms: Date.now() - t, messages, violations });
    expect.soft(content, 'the story rendered nothing').toBeGreaterThan(0);
    expect.soft(messages, 'console errors/warnings').toEqual([]);
    expect.soft(violations, 'axe violations').toEqual([]);
  }, 300_000);

  if (isRtlStory(story))
    test('lays out right to left', async () => {
      await page.setViewportSize({ width: 1100, height: 800 });
      await openStory(page, url, story.id);
      const r = await page.evaluate(() => {
        const root = document.getElementById('storybook-root')!;
        const el = root.querySelector<HTMLElement>('figure.parklinks') ?? (root.firstElementChild as HTMLElement);
        const out = {
          direction: getComputedStyle(el).direction,
          lang: el.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang,
          startGap: null as number | null,
          endGap: null as number | null,
        };
        // The title of a chart starts at the right edge of its figure.
        const title = el.matches('figure.parklinks') ? el.querySelector('figcaption > *') : null;
        if (title) {
          const range = document.createRange();
          range.selectNodeContents(title);
          const t = range.getBoundingClientRect();
          const f = el.getBoundingClientRect();
          out.startGap = Math.round(f.right - t.right);
          out.endGap = Math.round(t.left - f.left);
        }
        return out;
      });
      expect(r.direction).toBe('rtl');
      expect(r.lang).toBe('ar');
      if (r.startGap !== null && r.endGap !== null) expect(r.startGap).toBeLessThan(r.endGap!);
    });

  if (isBadDataStory(story))
    test('shows the in-place error panel naming the bad record and field', async () => {
      await page.setViewportSize({ width: 1100, height: 800 });
      await openStory(page, url, story.id);
      const panel = page.locator('#storybook-root [data-parklinks-error]').first();
      await panel.waitFor({ state: 'visible', timeout: 10_000 });
      expect(await panel.getAttribute('role')).toBe('alert');
      expect(await panel.textContent()).toMatch(/(organizations|partnerships|sources)\b.*›/s);
    });

  if (isNarrowStory(story))
    test('fits 320 px without horizontal scroll', async () => {
      await page.setViewportSize({ width: 320, height: 720 });
      log.take();
      await openStory(page, url, story.id);
      await page.screenshot({ path: join(shots, `${story.id}@320.png`), fullPage: true });
      const r = await page.evaluate(() => {
        const vw = window.innerWidth;
        const describe = (el: Element) => {
          const b = el.getBoundingClientRect();
          const label = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? '';
          return `<${el.tagName.toLowerCase()}> "${label}" ${Math.round(b.left)}…${Math.round(b.right)}`;
        };
        const controls = [
          ...document.querySelectorAll('#storybook-root :is(button, a[href], input, select, summary, [tabindex="0"])'),
        ].filter((el) => {
          const b = el.getBoundingClientRect();
          if (b.width === 0 || b.height === 0 || (b.left >= -0.5 && b.right <= vw + 0.5)) return false;
          // Inside a box that scrolls (or clips) on its own, like the data table's, the page does not scroll.
          for (let a = el.parentElement; a && a.id !== 'storybook-root'; a = a.parentElement)
            if (getComputedStyle(a).overflowX !== 'visible') return false;
          return true;
        });
        return {
          vw,
          scrollWidth: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
          outside: controls.map(describe),
        };
      });
      expect(r.vw).toBe(320);
      expect(r.scrollWidth, 'page scrolls horizontally').toBeLessThanOrEqual(r.vw);
      expect(r.outside, 'controls outside the 320 px viewport').toEqual([]);
      expect(log.take(), 'console errors/warnings at 320 px').toEqual([]);
    });
});
