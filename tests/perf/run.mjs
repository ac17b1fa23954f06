#!/usr/bin/env node
// `pnpm bench`: builds the benchmark pages and renders each view with parklinks, its usual peer and bare visx in one
// headless Chromium, interleaved, and writes tests/perf/results.json and results.md (medians). Method: README.md.
//   --reps N (5)  --warmup N (1)  --sizes small,medium,large  --only <regexp on page name>
//   --profile <page>.<size>   one profiled load of an unminified build; prints the top self-time functions
//   --profile-hover           profile only the hover (after the first render)
//   --what-if lazy-table,zod-namespace   measure proposed component changes (see lib/build.mjs)
//   --report                  rewrite results.md from results.json and notes.md
// A partial run (--only/--sizes/--reps < 5) writes .build/results.partial.{json,md} instead.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '../browser/serve.mjs';
import { baselinePage, buildAll, buildPage, defaultOutdir, pages, perfDir, root, sizes } from './lib/build.mjs';
import { browserVersion, launchBench, measurePage } from './lib/measure.mjs';
import { topFunctions } from './lib/profile.mjs';
import { markdown, toRows } from './lib/stats.mjs';

const { values: opt } = parseArgs({
  options: {
    reps: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    sizes: { type: 'string', default: 'small,medium,large' },
    only: { type: 'string' },
    profile: { type: 'string' },
    'profile-hover': { type: 'boolean', default: false },
    'what-if': { type: 'string', default: '' },
    report: { type: 'boolean', default: false },
  },
});
const started = Date.now();
// --report: rewrite results.md from results.json (after editing notes.md), without measuring again.
if (process.argv.includes('--report')) {
  const results = JSON.parse(readFileSync(join(perfDir, 'results.json'), 'utf8'));
  const notesPath = join(perfDir, 'notes.md');
  const notes = existsSync(notesPath) ? readFileSync(notesPath, 'utf8') : '';
  writeFileSync(join(perfDir, 'results.md'), markdown({ ...results, notes }));
  console.log('rewrote tests/perf/results.md');
  process.exit(0);
}
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const sizeNames = opt.sizes.split(',').filter((s) => s in sizes);
const only = opt.only ? new RegExp(opt.only) : null;
const profiled = opt.profile?.split('.')[0];
const pageList = pages.filter((p) => (profiled ? p.name === profiled : !only || only.test(p.name)));
const reps = Number(opt.reps);
const warmup = Number(opt.warmup);
const whatIf = opt['what-if'].split(',').filter(Boolean);
const full = !only && sizeNames.length === 3 && reps >= 5 && !opt.profile && whatIf.length === 0;
// Time limits per load; a load that does not finish in its first run is not repeated.
const timeoutMs = { small: 30_000, medium: 60_000, large: 60_000 };
const hoverSizes = new Set(['medium']);
// The warm-up visits small and medium only: that fills V8's code cache for every bundle (the same file at every size).
const warmupSizes = new Set(['small', 'medium']);

console.log(`building ${pageList.length} pages and ${sizeNames.length} data sets…`);
const { built, plans } = await buildAll({ pageList: [...pageList, baselinePage], sizeNames, whatIf });
for (const b of built)
  console.log(b.error ? `  ✗ ${b.name}: ${b.error}` : `  ${b.name}: ${(b.gzipBytes / 1024).toFixed(1)} KB gzip`);
console.log(`built in ${elapsed()}`);

const { url, close } = await serve(defaultOutdir);
let context = await launchBench();
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    stopping = true;
    console.log(`${signal}: stopping`);
    context.close().finally(() => process.exit(130));
  });
const chromium = await browserVersion(context);
const loadBefore = os.loadavg().map((x) => x.toFixed(2));

if (opt.profile) {
  const [name, size = 'medium'] = opt.profile.split('.');
  const page = pages.find((p) => p.name === name);
  if (!page) throw new Error(`no page ${name}`);
  const b = await buildPage(page, defaultOutdir, { minify: false, whatIf });
  if (b.error) throw new Error(b.error);
  const profile = { hoverOnly: opt['profile-hover'] };
  const r = await measurePage(context, `${url}/${name}.${size}.html`, {
    timeoutMs: 120_000,
    profile,
    hover: size !== 'large',
  });
  console.log(r);
  if (!profile.data) process.exit(1);
  const file = join(defaultOutdir, `${name}.${size}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile.data));
  console.log(`profile → ${file} (open in Chrome DevTools › Performance)`);
  for (const f of topFunctions(profile.data, 30))
    console.log(`${f.selfMs.toFixed(0).padStart(7)} ms  ${f.totalMs.toFixed(0).padStart(7)} ms  ${f.name}  ${f.where}`);
  await context.close();
  await close();
  process.exit(0);
}

const ok = built.filter((b) => !b.error).map((b) => b.name);
const runnable = pageList.filter((p) => ok.includes(p.name));
const samples = [];
const skip = new Set();
const seen = new Set();
async function load(page, size, rep) {
  const key = `${page.name}.${size}`;
  if (skip.has(key) || stopping) return;
  const first = !seen.has(key);
  seen.add(key);
  const t = Date.now();
  const r = await measurePage(context, `${url}/${key}.html`, {
    timeoutMs: timeoutMs[size],
    hover: hoverSizes.has(size),
  });
  const label = `${rep < 0 ? 'warm-up' : `rep ${rep + 1}`} ${key}`.padEnd(42);
  if (r.error) {
    console.log(`${label} ✗ ${r.error} (${elapsed()})`);
    if (first) skip.add(key);
    // A renderer stuck in a long task can leave the context unusable: start a fresh browser.
    await context.close().catch(() => {});
    if (!stopping) context = await launchBench();
  } else
    console.log(
      `${label} ${r.firstRenderMs.toFixed(0).padStart(6)} ms first render${r.layoutMs ? `, layout ${r.layoutMs.toFixed(0)}` : ''}${r.hoverMs != null ? `, hover ${r.hoverMs.toFixed(1)}` : ''}, ${r.heapMB.toFixed(1)} MB  [${((Date.now() - t) / 1000).toFixed(1)} s, ${elapsed()}]`,
    );
  if (rep >= 0 || r.error) samples.push({ name: page.name, size, rep, ...r });
}
// Interleaved: every repetition visits each size's pages in a rotated order.
for (let rep = -warmup; rep < reps; rep++)
  for (const size of sizeNames.filter((s) => rep >= 0 || warmupSizes.has(s)))
    for (let i = 0; i < runnable.length; i++) await load(runnable[(i + rep + warmup) % runnable.length], size, rep);
// React alone over the same data: the floor for heap and bundle size.
const baseline = {};
for (const size of sizeNames) {
  const r = await measurePage(context, `${url}/${baselinePage.name}.${size}.html`, { hover: false });
  baseline[size] = { heapMB: r.heapMB, firstRenderMs: r.firstRenderMs };
}
const baselineBuilt = built.find((b) => b.name === baselinePage.name);
await context.close();
await close();

const { rows, unfinished } = toRows(
  samples.filter((s) => s.rep >= 0 || s.error),
  built,
  pageList,
  sizeNames,
);
const git = (...a) => {
  try {
    return execFileSync('git', a, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
};
const osName = existsSync('/etc/os-release')
  ? (readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?(.*?)"?$/m)?.[1] ?? '')
  : '';
const machine = {
  os: `${os.type()} ${os.release()}${osName ? ` (${osName})` : ''} ${os.arch()}`,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGB: Math.round(os.totalmem() / 2 ** 30),
  chromium,
  node: process.version,
  date: new Date().toISOString(),
  commit: `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', 'packages').length ? ' (+ uncommitted package changes)' : ''}`,
  loadAverage: { before: loadBefore, after: os.loadavg().map((x) => x.toFixed(2)) },
  reps,
  warmup,
  ...(whatIf.length ? { whatIf } : {}),
  durationS: Math.round((Date.now() - started) / 1000),
  datasets: plans,
  baselineReact: { gzipKB: baselineBuilt ? Math.round(baselineBuilt.gzipBytes / 102.4) / 10 : null, bySize: baseline },
};
const notesFile = join(perfDir, 'notes.md');
const notes = existsSync(notesFile) ? readFileSync(notesFile, 'utf8') : '';
const out = full ? perfDir : defaultOutdir;
const base = full ? 'results' : 'results.partial';
writeFileSync(join(out, `${base}.json`), `${JSON.stringify({ machine, rows, unfinished }, null, 2)}\n`);
writeFileSync(join(out, `${base}.md`), markdown({ machine, rows, unfinished, notes }));
console.log(`\n${markdown({ machine, rows, unfinished, notes: '' })}`);
console.log(`wrote ${join(out, `${base}.json`)} and .md in ${elapsed()}`);
