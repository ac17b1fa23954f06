#!/usr/bin/env node
// `node tests/perf/article.mjs [--loads 3] [--rate 4] [--dist packages/embed/dist] [--out file.json]`
// The embed on a news article page (issue 15): for each view, the element mid-article (no height attribute: the
// default must hold its space too, and with the height an embed code carries), the reader scrolls to it, CPU slowed
// 4×, desktop 1280 px and phone 390 px. Prints CLS, the longest main-thread task and total blocking time
// (the sum of every task's time over 50 ms), medians of the loads with the range. Serves the built
// packages/embed/dist under a strict CSP (script-src 'self'; style-src 'self').
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchArticle, measureArticle, median, writeArticlePages } from '../browser/article.mjs';
import { serve } from '../browser/serve.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({
  options: {
    loads: { type: 'string', default: '3' },
    rate: { type: 'string', default: '4' },
    dist: { type: 'string', default: join(root, 'packages', 'embed', 'dist') },
    out: { type: 'string' },
    script: { type: 'string', default: 'parklinks.js' },
    views: { type: 'string', default: 'map,network,timeline' },
    heights: { type: 'string', default: 'none,480' },
  },
});
const loads = Number(values.loads);
const dir = mkdtempSync(join(tmpdir(), 'parklinks-article-'));
cpSync(values.dist, dir, { recursive: true });
const cases = {};
for (const view of values.views.split(','))
  for (const h of values.heights.split(',')) {
    const script = values.script.replace('{view}', view);
    const height = h === 'none' ? '' : ` height="${h}"`;
    cases[`${view}-${h}`] = { script, element: `<parklinks-${view} id="chart"${height}></parklinks-${view}>` };
  }
const pages = writeArticlePages(dir, cases);
const { url, close } = await serve(dir, {
  headers: { 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'" },
});
const rows = [];
const load0 = loadavg();
for (const vp of ['desktop', 'phone']) {
  const ctx = await launchArticle(vp);
  for (const [key, page] of Object.entries(pages)) {
    const runs = [];
    for (let i = 0; i < loads; i++)
      runs.push(await measureArticle(ctx, `${url}/${page}`, { rate: Number(values.rate), wake: true }));
    const pick = (k) => runs.map((r) => r[k]);
    const bad = runs.find((r) => r.alert || r.errors.length);
    rows.push({
      key,
      vp,
      script: cases[key].script,
      cls: median(pick('cls')),
      clsMax: Math.max(...pick('cls')),
      longest: median(pick('longestTask')),
      longestRange: [Math.min(...pick('longestTask')), Math.max(...pick('longestTask'))],
      tbt: median(pick('tbt')),
      tbtRange: [Math.min(...pick('tbt')), Math.max(...pick('tbt'))],
      painted: median(pick('paintedMs')),
      wakeMs: median(runs.map((r) => r.wake?.ms ?? 0)),
      wakeTask: median(runs.map((r) => r.wake?.longestTask ?? 0)),
      height: runs[0].height,
      problem: bad ? (bad.alert ?? bad.errors.join('; ')) : null,
    });
    const r = rows.at(-1);
    console.error(
      `${vp} ${key}: CLS ${r.cls.toFixed(3)}, longest ${r.longest.toFixed(0)} ms, TBT ${r.tbt.toFixed(0)} ms`,
    );
  }
  await ctx.close();
}
await close();
rmSync(dir, { recursive: true, force: true });
const ms = (n) => `${Math.round(n)}`;
console.log(
  `\nArticle page, CPU ${values.rate}× slower, ${loads} loads per row (median, [min–max]); load average ${load0.map((x) => x.toFixed(1)).join(' ')}\n`,
);
console.log(
  '| script / element | viewport | CLS | longest task ms | TBT ms | element height px | pointer → interactive ms (its longest task) |',
);
console.log('|---|---|---|---|---|---|---|');
for (const r of rows)
  console.log(
    `| ${r.script} → ${r.key.replace(/-(none|\d+)$/, (_, h) => (h === 'none' ? ' (no height)' : ` height=${h}`))} | ${r.vp} | ${r.cls.toFixed(3)}${r.clsMax > r.cls ? ` (max ${r.clsMax.toFixed(3)})` : ''} | ${ms(r.longest)} [${ms(r.longestRange[0])}–${ms(r.longestRange[1])}] | ${ms(r.tbt)} [${ms(r.tbtRange[0])}–${ms(r.tbtRange[1])}] | ${r.height}${r.problem ? ` ⚠ ${r.problem}` : ''} | ${ms(r.wakeMs)} (${ms(r.wakeTask)}) |`,
  );
if (values.out) writeFileSync(values.out, `${JSON.stringify(rows, null, 2)}\n`);
