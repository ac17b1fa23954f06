// An embed in a news article, measured as a reader meets it (issue 15): a 680 px column of text with one
// element mid-article, the reader scrolling down to it, the CPU slowed 4× through CDP (a mid-range phone).
// Records layout shifts (CLS, shifts without recent input) and every long main-thread task from the page's start
// until the chart has been drawn and the page has been quiet for a while. Used by tests/browser/article.test.ts
// (generous bounds) and by `node tests/perf/article.mjs` (a table, before/after figures).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumArgs, launch } from './chromium.mjs';

// Our own filler text: paragraphs of about the length a news article has.
const sentences = [
  'Technology parks sign agreements with parks abroad more often than most readers would guess.',
  'Some of these papers lead to shared incubators, exchange programmes or joint funds; many lead to nothing.',
  'Counting them is harder than it sounds, because each side announces the same signing in its own words.',
  'A memorandum signed at a forum may be reported a week later, under another name, by a ministry.',
  'The chart below gathers the agreements we could trace to a published source, and only those.',
  'Each line joins two parks; the thicker the line, the more agreements join the two places.',
];
const paragraph = (i) =>
  `<p>${Array.from({ length: 5 }, (_, k) => sentences[(i + k) % sentences.length]).join(' ')}</p>`;

export const articleCss = `body { margin: 0; font: 18px/1.6 Georgia, serif; color: #1a1a1a; background: #fff; }
main { max-width: 680px; margin: 0 auto; padding: 24px 16px 400px; }
h1 { font-size: 32px; line-height: 1.2; }
`;

/** Page-side recorder: layout shifts and long tasks from the first moment (loaded as a blocking script in head). */
export const probeJs = `window.__shifts = []; window.__tasks = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shifts.push({ value: e.value, recent: e.hadRecentInput, t: e.startTime }); }).observe({ type: 'layout-shift', buffered: true });
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push({ d: e.duration, t: e.startTime }); }).observe({ type: 'longtask', buffered: true });`;

/**
 * The article page: `script` is the embed script's file name, `element` the embed code as a newsroom pastes it
 * (the script is loaded async at the end of the head, as embed codes usually are).
 */
export function articlePage(script, element) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Article</title><link rel="stylesheet" href="article.css"><script src="article-probe.js"></script>
<script src="${script}" async></script></head>
<body><main><h1>Parks that sign with parks abroad</h1>
${Array.from({ length: 10 }, (_, i) => paragraph(i)).join('\n')}
${element}
${Array.from({ length: 8 }, (_, i) => paragraph(i + 3)).join('\n')}
</main></body></html>`;
}

export const viewports = {
  desktop: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
};

/** A browser context for a viewport. */
export function launchArticle(name) {
  return launch({ args: chromiumArgs, ...viewports[name] });
}

/**
 * One load of `url` in `context`: CPU slowed `rate`×, waits 600 ms, then scrolls the element `#chart` to the middle
 * of the viewport, waits until its shadow root shows a chart
 * (an svg of some size) and `quietMs` more. Returns {cls, shifts, longestTask, tbt, tasks, paintedMs}.
 */
export async function measureArticle(
  context,
  url,
  { rate = 4, quietMs = 2500, timeoutMs = 60_000, wake: wakeUp = false } = {},
) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    await page.waitForTimeout(600);
    // The reader jumps to the chart (a link to it, a fast flick): it lands mid-screen before it is drawn, the
    // hardest case for the space it holds.
    await page.evaluate(() => document.getElementById('chart')?.scrollIntoView({ block: 'center' }));
    const t0 = Date.now();
    await page.waitForFunction(
      () => {
        const root = document.getElementById('chart')?.shadowRoot;
        const svg = [...(root?.querySelectorAll('svg') ?? [])].find((s) => s.getBoundingClientRect().height > 100);
        return !!svg || !!root?.querySelector('[role="alert"]');
      },
      null,
      { timeout: timeoutMs, polling: 50 },
    );
    const paintedMs = Date.now() - t0;
    await page.waitForTimeout(quietMs);
    const before = await page.evaluate(() => window.__tasks.length);
    let wake = null;
    if (wakeUp) {
      // The reader moves the pointer over the chart: the interactive chart replaces the first paint.
      const box = await page.locator('#chart').boundingBox();
      const t1 = Date.now();
      if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 2 });
      await page.waitForFunction(
        () => !!document.getElementById('chart')?.shadowRoot?.querySelector('figure:not(.parklinks-waking *)'),
        null,
        {
          timeout: timeoutMs,
          polling: 20,
        },
      );
      const ms = Date.now() - t1;
      await page.waitForTimeout(quietMs);
      const tasks = await page.evaluate((n) => window.__tasks.slice(n).map((t) => t.d), before);
      wake = { ms, longestTask: Math.max(0, ...tasks) };
    }
    const r = await page.evaluate(() => ({
      shifts: window.__shifts,
      tasks: window.__tasks,
      alert: document.getElementById('chart')?.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? null,
      height: Math.round(document.getElementById('chart')?.getBoundingClientRect().height ?? 0),
    }));
    const counted = r.shifts.filter((s) => !s.recent);
    const firstTasks = r.tasks.slice(0, before);
    return {
      cls: counted.reduce((a, s) => a + s.value, 0),
      shifts: counted.length,
      longestTask: Math.max(0, ...firstTasks.map((t) => t.d)),
      tbt: firstTasks.reduce((a, t) => a + Math.max(0, t.d - 50), 0),
      tasks: firstTasks.length,
      wake,
      paintedMs,
      height: r.height,
      alert: r.alert,
      errors,
    };
  } finally {
    await page.close();
  }
}

/** Writes the article files (page per embed code, css, probe) into `dir`; returns the page names by key. */
export function writeArticlePages(dir, cases) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'article.css'), articleCss);
  writeFileSync(join(dir, 'article-probe.js'), probeJs);
  const pages = {};
  for (const [key, { script, element }] of Object.entries(cases)) {
    pages[key] = `article-${key}.html`;
    writeFileSync(join(dir, pages[key]), articlePage(script, element));
  }
  return pages;
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
