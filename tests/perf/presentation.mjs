// When a highlight is really drawn, step by step. For a page already built in .build (`run.mjs … --reps 1` builds
// them), traces N loads (CDP Tracing: blink.user_timing, cc, viz) and reads, for the first hover or (with no hover
// before it) the first `selectedId` change, ms from the act to: the probe's "presented" (the rAF after the content
// frame), the content frame, its compositor commit, the activation of that tree once its tiles are rastered, and the
// end of the next Display::DrawAndSwap (when the change is drawn), with the raster tasks between commit and
// activation (lib/measure.mjs, `actSteps`: the steps the benchmark's `hoverDrawnMs` / `selectDrawnMs` come from).
// Usage: node tests/perf/presentation.mjs <page>.<profile>.<size> [loads] [hover|select]
import { join } from 'node:path';
import { serve } from '../browser/serve.mjs';
import { actSteps, launchBench } from './lib/measure.mjs';

const [pageName, loadsArg = '5', mode = 'hover'] = process.argv.slice(2);
if (!pageName || !['hover', 'select'].includes(mode)) {
  console.error('usage: node tests/perf/presentation.mjs <page>.<profile>.<size> [loads] [hover|select]');
  process.exit(2);
}
const server = await serve(join(import.meta.dirname, '.build'));
const browser = await launchBench();
const rows = [];
for (let load = 0; load < Number(loadsArg); load++) {
  const page = await browser.newPage();
  const cdp = await browser.newCDPSession(page);
  await page.goto(`${server.url}/${pageName}.html`);
  await page.evaluate(() => window.__perf.settled(300, 60000));
  await page.evaluate(() => window.__perf.prepare?.());
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'blink.user_timing,cc,viz', transferMode: 'ReportEvents' });
  await page.waitForTimeout(100);
  const r = await page.evaluate(
    async (m) => (m === 'hover' ? await window.__perf.hoverSequence() : await window.__perf.selectSequence()).cold,
    mode,
  );
  await page.waitForTimeout(100);
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  const steps = actSteps(events)[`pl-${mode}-0`] ?? {};
  rows.push({ probe: r.presentedMs ?? null, js: r.ms ?? null, ...steps });
}
await browser.close();
await server.close();
const fmt = (v) => (v == null ? '–' : v.toFixed(1));
const median = (k) => {
  const s = rows
    .map((r) => r[k])
    .filter((v) => v != null)
    .sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};
const keys = ['probe', 'js', 'frame', 'commit', 'activated', 'drawn', 'rasterTasks'];
console.log(`${pageName}, first ${mode}: ms from the act (traced loads are slower than untraced ones)\n`);
console.log(`| load | ${keys.join(' | ')} |\n|${'---|'.repeat(keys.length + 1)}`);
for (const [i, r] of rows.entries()) console.log(`| ${i + 1} | ${keys.map((k) => fmt(r[k])).join(' | ')} |`);
console.log(`| median | ${keys.map((k) => fmt(median(k))).join(' | ')} |`);
process.exit(0);
