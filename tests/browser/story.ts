// Helpers shared by the browser tests: the story list, opening one story and waiting until Storybook has
// finished rendering it (play function and a11y afterEach included), collecting console output, running axe.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { isBrowserNoise, isBrowserOwnRequest } from './browserNoise.mjs';

export type StoryEntry = { id: string; title: string; name: string; importPath: string; tags?: string[] };

export const artifacts = join(process.cwd(), 'tests', 'artifacts');

/** Every story (not docs entry) of a built Storybook. */
export function storyEntries(dir: string): StoryEntry[] {
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as {
    entries: Record<string, StoryEntry & { type: string }>;
  };
  return Object.values(index.entries).filter((e) => e.type === 'story');
}

/** Stories in Arabic (or explicitly right to left). */
export const isRtlStory = (s: StoryEntry) => /(^|[-\s])(arabic|rtl)([-\s]|$)/i.test(`${s.id} ${s.name}`);
/** Stories meant for phones: laid out at 320 px. */
export const isNarrowStory = (s: StoryEntry) => /(^|[-\s])(narrow|mobile|phone)([-\s]|$)/i.test(`${s.id} ${s.name}`);

/** Stories of deliberately invalid data: they must show the in-place error panel. */
export const isBadDataStory = (s: StoryEntry) => /^Components\//.test(s.title) && /(^|[-\s])bad([-\s]|$)/i.test(s.name);

/** Console errors and warnings, uncaught exceptions and failed requests of a page, since the last `take()`. */
export function collectMessages(page: Page) {
  let messages: string[] = [];
  page.on('console', (m) => {
    if (['error', 'warning', 'assert'].includes(m.type()) && !isBrowserNoise(m)) {
      const at = m.location().url
        ? ` (${m.location().url.replace(/^https?:\/\/[^/]+/, '')}:${m.location().lineNumber})`
        : '';
      messages.push(`console.${m.type()}: ${m.text()}${at}`);
    }
  });
  page.on('pageerror', (e) => messages.push(`uncaught: ${e.message}`));
  page.on(
    'requestfailed',
    (r) => isBrowserOwnRequest(r.url()) || messages.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`),
  );
  page.on('response', (r) => {
    if (r.status() >= 400 && !isBrowserOwnRequest(r.url())) messages.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return {
    take() {
      const out = messages;
      messages = [];
      return out;
    },
  };
}

type PreviewWindow = {
  __STORYBOOK_PREVIEW__?: { currentRender?: { id?: string; phase?: string } };
};

/**
 * Opens one story in the preview iframe and waits until Storybook reports the render finished.
 * Throws with Storybook's own error text when the story fails to render.
 */
export async function openStory(page: Page, baseUrl: string, id: string) {
  // a11y.manual: the a11y addon skips its own axe run; axeViolations() runs axe once, through @axe-core/playwright.
  const url = `${baseUrl}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=a11y.manual:!true`;
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    (storyId) => {
      const r = (window as unknown as PreviewWindow).__STORYBOOK_PREVIEW__?.currentRender;
      return r?.id === storyId && ['finished', 'errored', 'aborted'].includes(r.phase ?? '');
    },
    id,
    { timeout: 240_000, polling: 50 },
  );
  const failed = await page.evaluate(() =>
    document.body.classList.contains('sb-show-errordisplay')
      ? `${document.getElementById('error-message')?.textContent ?? ''}\n${document.getElementById('error-stack')?.textContent ?? ''}`
      : null,
  );
  if (failed !== null) throw new Error(`story ${id} failed to render: ${failed.trim()}`);
  // Let ResizeObserver-driven re-renders and fonts settle.
  await page.evaluate(() =>
    document.fonts.ready.then(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))),
    ),
  );
}

/**
 * axe on the story, with the a11y addon's own context and rules (it only turns off `region`). Legacy mode runs
 * axe in the page itself: the default mode aggregates through a second page and took 200 s instead of 22 s on the
 * Dense stories (80,000 elements, most of them the 10,000-row table); iframes of the same origin are still tested.
 */
export async function axeViolations(page: Page) {
  const r = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .include('body')
    .exclude('.sb-wrapper')
    .exclude('#storybook-docs')
    .exclude('#storybook-highlights-root')
    .disableRules(['region'])
    .analyze();
  return r.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 4)
        .map(
          (n) =>
            `${n.target.join(' ')}${n.failureSummary ? ` [${n.failureSummary.replace(/\s+/g, ' ').slice(0, 160)}]` : ''}`,
        )
        .join('; ')}${v.nodes.length > 4 ? ` … ${v.nodes.length} nodes` : ''}`,
  );
}
