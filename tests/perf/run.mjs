#!/usr/bin/env node
// `pnpm bench`: builds the parklinks packages, packs and installs them in a consumer folder (lib/consumer.mjs), builds
// the benchmark pages and renders each view with parklinks, its usual peer and bare visx in one headless Chromium,
// interleaved, on two data profiles, and writes tests/perf/results.json and results.md (medians). Method: README.md.
//   --profiles clustered,plain  --sizes small,medium,large,xlarge  --reps N (5)  --warmup N (1)
//   --xlarge-profiles plain     the profiles xlarge is measured on (parklinks pages only)
//   --only <regexp on page name>  --no-build (use the packages' dist/ as it is)  --from source (parklinks from src/)
//   --profile <page>.<profile>.<size>   one profiled load of an unminified build; prints the top self-time functions
//   --profile-hover           profile only the hover and selection (after the first render)
//   --what-if lazy-table,zod-namespace   measure proposed component changes (with --from source; lib/build.mjs)
//   --report                  rewrite results.md from results.json and notes.md
// A partial run (--only/--sizes/--profiles/--reps < 5/--from source) writes .build/results.partial.{json,md} instead.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '../browser/serve.mjs';
import {
  baselinePage,
  buildAll,
  buildPage,
  defaultOutdir,
  floorLinksPage,
  floorPage,
  pageRunsAt,
  pages,
  perfDir,
  profiles,
  root,
  sizes,
} from './lib/build.mjs';
import { packedConsumer } from './lib/consumer.mjs';
import { browserVersion, launchBench, measurePage } from './lib/measure.mjs';
import { topFunctions } from './lib/profile.mjs';
import { markdown, median, toRows } from './lib/stats.mjs';

const { values: opt } = parseArgs({
  options: {
    reps: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    sizes: { type: 'string', default: 'small,medium,large,xlarge' },
    profiles: { type: 'string', default: profiles.join(',') },
    'xlarge-profiles': { type: 'string', default: 'plain' },
    only: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    from: { type: 'string', default: 'packed' },
    profile: { type: 'string' },
    'profile-hover': { type: 'boolean', default: false },
    'what-if': { type: 'string', default: '' },
    report: { type: 'boolean', default: false },
  },
});
const started = Date.now();
// --report: rewrite results.md from results.json (after editing notes.md), without measuring again.
if (opt.report) {
  const results = JSON.parse(readFileSync(join(perfDir, 'results.json'), 'utf8'));
  const notesPath = join(perfDir, 'notes.md');
  const notes = existsSync(notesPath) ? readFileSync(notesPath, 'utf8') : '';
  writeFileSync(join(perfDir, 'results.md'), markdown({ ...results, notes }));
  console.log('rewrote tests/perf/results.md');
  process.exit(0);
}
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const sizeNames = opt.sizes.split(',').filter((s) => s in sizes);
const profileNames = opt.profiles.split(',').filter((p) => profiles.includes(p));
const xlargeProfiles = new Set(opt['xlarge-profiles'].split(','));
const only = opt.only ? new RegExp(opt.only) : null;
const profiled = opt.profile?.split('.')[0];
const pageList = pages.filter((p) => (profiled ? p.name === profiled : !only || only.test(p.name)));
const reps = Number(opt.reps);
const warmup = Number(opt.warmup);
const whatIf = opt['what-if'].split(',').filter(Boolean);
const packed = opt.from !== 'source';
const full =
  !only &&
  sizeNames.length === Object.keys(sizes).length &&
  profileNames.length === profiles.length &&
  reps >= 5 &&
  packed &&
  !opt.profile &&
  whatIf.length === 0;
// Time limits per load; a load that does not finish in its first run is not repeated.
const timeoutMs = { small: 30_000, medium: 60_000, large: 60_000, xlarge: 90_000 };
// Pointer hover and controlled selection are measured at these sizes.
const hoverSizes = new Set(['medium', 'xlarge']);
// The warm-up visits small and medium of the first profile: that fills V8's code cache for every bundle (the same
// file at every size and profile).
const warmupSizes = new Set(['small', 'medium']);
// Repetitions: `reps` at medium, large and xlarge (where the goals are), at most 3 at small. A load that takes longer
// than `slowMs` in all (render, hover, selection, closing the tab) in its first repetition is not repeated (the peers
// at large, @nivo/network at medium): its figure is one run (the `runs` column says so). This keeps a full run near
// 15 minutes on 2 cores.
const repsAt = (size) => (size === 'small' ? Math.min(reps, 3) : reps);
const slowMs = 8_000;
const measuredAt = (profile, size) => size !== 'xlarge' || xlargeProfiles.has(profile);

let consumer;
if (packed && pageList.some((p) => p.lib === 'parklinks')) {
  console.log(`packing @parklinks/{data,core,react}${opt['no-build'] ? ' (no build)' : ' (pnpm build first)'}…`);
  consumer = packedConsumer(root, { build: !opt['no-build'] });
}
console.log(
  `building ${pageList.length} pages and the data sets (${profileNames.join(', ')} × ${sizeNames.join(', ')})…`,
);
const { built, plans } = await buildAll({
  pageList: [...pageList, baselinePage, ...(sizeNames.includes('medium') ? [floorPage, floorLinksPage] : [])],
  sizeNames,
  profileNames,
  whatIf,
  consumer: consumer?.dir,
  include: measuredAt,
});
for (const b of built)
  console.log(
    b.error
      ? `  ✗ ${b.name}: ${b.error}`
      : `  ${b.name}: ${(b.gzipBytes / 1024).toFixed(1)} KB gzip${b.from ? ` (${b.from})` : ''}`,
  );
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
  const parts = opt.profile.split('.');
  const [name, profileName, size] = parts.length === 3 ? parts : [parts[0], profileNames[0], parts[1] ?? 'medium'];
  const page = pages.find((p) => p.name === name);
  if (!page) throw new Error(`no page ${name}`);
  const b = await buildPage(page, defaultOutdir, { minify: false, whatIf, consumer: consumer?.dir });
  if (b.error) throw new Error(b.error);
  const profile = { hoverOnly: opt['profile-hover'] };
  const r = await measurePage(context, `${url}/${name}.${profileName}.${size}.html`, {
    timeoutMs: 120_000,
    profile,
    hover: hoverSizes.has(size),
  });
  console.log(r);
  if (!profile.data) process.exit(1);
  const file = join(defaultOutdir, `${name}.${profileName}.${size}.cpuprofile`);
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
const fmtMs = (x, d = 0) => (x == null ? '–' : x.toFixed(d));
async function load(page, profile, size, rep) {
  const key = `${page.name}.${profile}.${size}`;
  if (skip.has(key) || stopping) return;
  const first = !seen.has(key);
  seen.add(key);
  const t = Date.now();
  const r = await measurePage(context, `${url}/${key}.html`, {
    timeoutMs: timeoutMs[size],
    hover: hoverSizes.has(size),
  });
  const label = `${rep < 0 ? 'warm-up' : `rep ${rep + 1}`} ${key}`.padEnd(48);
  if (r.error) {
    console.log(`${label} ✗ ${r.error} (${elapsed()})`);
    if (first) skip.add(key);
    // A renderer stuck in a long task can leave the context unusable: start a fresh browser.
    await context.close().catch(() => {});
    if (!stopping) context = await launchBench();
  } else {
    console.log(
      `${label} ${fmtMs(r.firstRenderMs).padStart(6)} ms first render, painted ${fmtMs(r.presentedMs)}${r.layoutMs ? `, layout ${r.layoutMs.toFixed(0)}` : ''}${r.hoverMs !== undefined ? `, hover drawn ${fmtMs(r.hoverDrawnMs, 1)}` : ''}${r.selectMs !== undefined ? `, select drawn ${fmtMs(r.selectDrawnMs, 1)}` : ''}, ${r.heapMB.toFixed(1)} MB  [${((Date.now() - t) / 1000).toFixed(1)} s, ${elapsed()}]`,
    );
    if (rep >= 0 && Date.now() - t > slowMs && size !== 'xlarge') skip.add(key);
  }
  if (rep >= 0 || r.error) samples.push({ name: page.name, profile, size, rep, ...r });
}
// Interleaved: every repetition visits each profile's and size's pages in a rotated order.
for (let rep = -warmup; rep < reps; rep++)
  for (const profile of profileNames.filter((_p, i) => rep >= 0 || i === 0))
    for (const size of sizeNames.filter((s) => (rep < 0 ? warmupSizes.has(s) : rep < repsAt(s)))) {
      if (!measuredAt(profile, size)) continue;
      const here = runnable.filter((p) => pageRunsAt(p, size));
      for (let i = 0; i < here.length; i++) await load(here[(i + rep + warmup) % here.length], profile, size, rep);
    }
// React alone over the same data: the floor for heap and bundle size.
const baseline = {};
for (const profile of profileNames)
  for (const size of sizeNames.filter((s) => pageRunsAt(baselinePage, s))) {
    const r = await measurePage(context, `${url}/${baselinePage.name}.${profile}.${size}.html`, { hover: false });
    baseline[`${profile}.${size}`] = { heapMB: r.heapMB, firstRenderMs: r.firstRenderMs };
  }
const baselineBuilt = built.find((b) => b.name === baselinePage.name);
// The probe's floors for a pointer hover: pages with no framework, loaded as often as a medium page (plain data
// script, unused), after the pages, interleaved. floor-dom changes next to nothing (a goal of 16 ms to the painted
// frame is judged against what it measures); floor-links draws what a highlight across a chart draws (12 lines in an
// overlay layer, a veil), without a framework.
const floorRuns = new Map();
for (let i = 0; i < Math.max(reps, 5); i++)
  for (const page of [floorPage, floorLinksPage])
    if (built.some((b) => b.name === page.name && !b.error)) {
      const r = await measurePage(context, `${url}/${page.name}.${profileNames[0]}.medium.html`, {
        hover: true,
        select: false,
      });
      if (!floorRuns.has(page.name)) floorRuns.set(page.name, []);
      if (!r.error) floorRuns.get(page.name).push(r);
    }
const floorFigures = (runs) => {
  if (!runs?.length) return undefined;
  const m = (k) => median(runs.map((r) => r[k]));
  return {
    runs: runs.length,
    hoverPresentedMs: m('hoverPresentedMs'),
    hoverDrawnMs: m('hoverDrawnMs'),
    hoverWarmDrawnMs: m('hoverWarmDrawnMs'),
    hoverMs: m('hoverMs'),
    hoverWarmPresentedMs: m('hoverWarmPresentedMs'),
    hoverWarmMs: m('hoverWarmMs'),
  };
};
const probeFloor = floorFigures(floorRuns.get(floorPage.name));
const probeFloorLinks = floorFigures(floorRuns.get(floorLinksPage.name));
for (const [name, f] of [
  ['probe floor', probeFloor],
  ['probe floor with links', probeFloorLinks],
])
  if (f)
    console.log(
      `${name}: hover drawn at ${fmtMs(f.hoverDrawnMs, 1)} ms, probe ${fmtMs(f.hoverPresentedMs, 1)} (${f.runs} loads)`,
    );
await context.close();
await close();

const { rows, unfinished } = toRows(
  samples.filter((s) => s.rep >= 0 || s.error),
  built,
  pageList,
  sizeNames,
  profileNames,
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
  repsAtSmall: Math.min(reps, 3),
  slowLoadS: slowMs / 1000,
  warmup,
  profiles: profileNames,
  xlargeProfiles: [...xlargeProfiles],
  sizes: Object.fromEntries(sizeNames.map((s) => [s, sizes[s]])),
  parklinksFrom: packed ? `packed tarballs: ${consumer?.tarballs.join(', ') ?? '–'}` : 'source',
  ...(whatIf.length ? { whatIf } : {}),
  durationS: Math.round((Date.now() - started) / 1000),
  datasets: plans,
  ...(probeFloor ? { probeFloor } : {}),
  ...(probeFloorLinks ? { probeFloorLinks } : {}),
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
