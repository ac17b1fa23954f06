// Builds the benchmark pages with esbuild (minified production bundles) and the seeded data scripts, into
// tests/perf/.build/. The parklinks pages import @parklinks/* (and React) from the packed tarballs installed in a
// consumer folder (lib/consumer.mjs), as a user's bundler would; the peer and bare pages use the workspace's
// libraries and @parklinks/data's converters from source. One HTML file per page, profile and size:
// probe.js, data-<profile>-<size>.js, <page>.js.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { plainDataset } from './plain.mjs';

export const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const perfDir = join(root, 'tests', 'perf');
export const defaultOutdir = join(perfDir, '.build');
const pagesDir = join(perfDir, 'pages');

export const sizes = { small: [50, 100], medium: [500, 2000], large: [2000, 10000], xlarge: [10000, 100000] };
/** Sizes measured for the parklinks pages only (the peers would not finish). */
export const parklinksOnlySizes = new Set(['xlarge']);
/** Data profiles: `clustered` = syntheticDataset (parks in a few cities, mixed dates); `plain` = lib/plain.mjs. */
export const profiles = ['clustered', 'plain'];

/** Every benchmarked page: a view drawn by parklinks, by the peer a user would pick, and by bare visx (the floor). */
export const pages = [
  { view: 'map', lib: 'parklinks', name: 'map-parklinks' },
  { view: 'map', lib: 'react-simple-maps', name: 'map-react-simple-maps' },
  { view: 'map', lib: 'visx-bare', name: 'map-visx-bare' },
  { view: 'network', lib: 'parklinks', name: 'network-parklinks' },
  { view: 'network', lib: '@nivo/network', name: 'network-nivo' },
  { view: 'network', lib: 'visx-bare', name: 'network-visx-bare' },
  { view: 'timeline', lib: 'parklinks', name: 'timeline-parklinks' },
  { view: 'timeline', lib: 'vis-timeline', name: 'timeline-vis-timeline' },
  { view: 'timeline', lib: 'visx-bare', name: 'timeline-visx-bare' },
];
export const baselinePage = { view: 'baseline', lib: 'react', name: 'baseline-react' };
/** Reference only: the probe's floor for a pointer hover (pages/floor-dom.tsx: no framework, next to no work). */
export const floorPage = { view: 'floor', lib: 'dom', name: 'floor-dom' };
/**
 * Reference only: the floor for a highlight across the chart (pages/floor-links.tsx: floor-dom plus, on hover, 12 lines
 * across the page in an overlay layer and a veil; no framework).
 */
export const floorLinksPage = { view: 'floor', lib: 'dom', name: 'floor-links' };

const src = (p) => join(root, 'packages', p);
const alias = {
  '@parklinks/data': src('data/src/index.ts'),
  '@parklinks/embed': src('embed/src/index.ts'),
};
// From source (the peers' converters; parklinks pages with --from source): '@parklinks/<pkg>[/<entry>]' → src.
const fromSource = {
  name: 'from-source',
  setup(b) {
    b.onResolve({ filter: /^@parklinks\/(core|react)(\/[a-z]+)?$/ }, (args) => {
      const [, pkg, sub] = args.path.match(/^@parklinks\/(core|react)(?:\/([a-z]+))?$/);
      return { path: src(`${pkg}/src/${sub ? `${sub}/` : ''}index.ts`) };
    });
  },
};
const addLayout = 'const p=window.__perf;if(p)p.layoutMs=(p.layoutMs??0)+';

// Packed parklinks pages: '@parklinks/*' and React (the page's own imports and JSX runtime) resolve in the consumer,
// so the page and the packages share the consumer's single React, as in a user's app.
const fromConsumer = (consumer) => ({
  name: 'from-consumer',
  setup(b) {
    b.onResolve({ filter: /^(@parklinks\/|react$|react\/|react-dom($|\/))/ }, async (args) => {
      if (args.pluginData?.consumer || !args.importer.startsWith(pagesDir + sep)) return undefined;
      const r = await b.resolve(args.path, { resolveDir: consumer, kind: args.kind, pluginData: { consumer: true } });
      return r.errors.length ? { errors: r.errors } : { path: r.path };
    });
  },
});

// Packed parklinks: time every layoutNetwork call (forces, fit, overlap removal) by renaming the function in the
// installed @parklinks/core dist and defining a timing wrapper under its name (nothing else changes).
const timedPackedLayout = {
  name: 'timed-packed-layoutNetwork',
  setup(b) {
    b.onLoad({ filter: /[\\/]@parklinks[\\/]core[\\/]dist[\\/][^\\/]+\.js$/ }, async (args) => {
      const code = await readFile(args.path, 'utf8');
      if (!code.includes('function layoutNetwork(')) return undefined;
      return {
        loader: 'js',
        contents: `${code.replace('function layoutNetwork(', 'function layoutNetwork__untimed(')}
function layoutNetwork(...a) { const t = performance.now(); try { return layoutNetwork__untimed(...a); } finally { ${addLayout}performance.now()-t; } }
`,
      };
    });
  },
};

// parklinks from source (--from source): time every layoutNetwork call.
const timedLayoutNetwork = {
  name: 'timed-layoutNetwork',
  setup(b) {
    const networkDir = join(root, 'packages', 'core', 'src', 'network') + sep;
    b.onResolve({ filter: /^\.\/layoutNetwork(\.js)?$/ }, (args) =>
      args.importer.startsWith(networkDir)
        ? { path: join(networkDir, 'layoutNetwork.ts'), namespace: 'timed' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'timed' }, (args) => ({
      resolveDir: dirname(args.path),
      loader: 'js',
      contents: `import * as real from ${JSON.stringify(args.path)};
export * from ${JSON.stringify(args.path)};
export function layoutNetwork(...a) { const t = performance.now(); try { return real.layoutNetwork(...a); } finally { ${addLayout}performance.now()-t; } }`,
    }));
  },
};

// @nivo/network: time its d3-force simulation from creation to the end of its ticks.
const timedD3Force = {
  name: 'timed-d3-force',
  setup(b) {
    b.onResolve({ filter: /^d3-force$/ }, async (args) => {
      if (args.pluginData?.real || !args.importer.includes(`${sep}@nivo${sep}network${sep}`)) return undefined;
      const real = await b.resolve('d3-force', {
        resolveDir: args.resolveDir,
        kind: args.kind,
        pluginData: { real: true },
      });
      return { path: real.path, namespace: 'timed-d3' };
    });
    b.onLoad({ filter: /.*/, namespace: 'timed-d3' }, (args) => ({
      resolveDir: dirname(args.path),
      loader: 'js',
      contents: `import * as d3 from ${JSON.stringify(args.path)};
export * from ${JSON.stringify(args.path)};
export function forceSimulation(nodes) {
  const t = performance.now(); let first = true;
  const sim = d3.forceSimulation(nodes); const tick = sim.tick;
  sim.tick = function (n) { const s = first ? t : performance.now(); first = false; const r = tick.call(sim, n); ${addLayout}performance.now()-s; return r; };
  return sim;
}`,
    }));
  },
};

// What-if builds, to measure a proposed change to the components without editing them (`--what-if a,b`):
//   lazy-table: the ChartFrame's hidden data table is not rendered (as if rendered only when opened);
//   zod-namespace: `import { z } from 'zod'` becomes `import * as z from 'zod'` in @parklinks/data (tree-shakable).
const whatIfPlugin = (whatIf) => ({
  name: 'what-if',
  setup(b) {
    if (whatIf.includes('lazy-table'))
      b.onResolve({ filter: /^\.\/DataTable\.js$/ }, (args) =>
        args.importer.endsWith(`${sep}ChartFrame.tsx`) ? { path: 'DataTable', namespace: 'no-table' } : undefined,
      );
    b.onLoad({ filter: /.*/, namespace: 'no-table' }, () => ({
      contents: 'export function DataTable() { return null; }',
    }));
    if (whatIf.includes('zod-namespace'))
      b.onLoad({ filter: /packages[\\/]data[\\/]src[\\/].*\.ts$/ }, async (args) => ({
        contents: (await readFile(args.path, 'utf8')).replace(
          /import \{ z \} from 'zod';/,
          "import * as z from 'zod';",
        ),
        loader: 'ts',
      }));
  },
});

const gz = (file) => (existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0);

/**
 * Bundles one page; resolves to {name, gzipBytes, bytes, from} or {name, error}. A parklinks page takes its packages
 * from `consumer` (a folder made by lib/consumer.mjs); without one it is built from source.
 */
export async function buildPage(page, outdir = defaultOutdir, { minify = true, whatIf = [], consumer } = {}) {
  const entry = join(pagesDir, `${page.name}.tsx`);
  const outfile = join(outdir, `${page.name}.js`);
  const packed = page.lib === 'parklinks' && Boolean(consumer);
  try {
    const result = await build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      minify,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"' },
      // (esbuild applies `alias` before plugins, to every importer: a packed page must not have it.)
      ...(packed ? {} : { alias }),
      nodePaths: [join(root, 'packages', 'react', 'node_modules'), join(root, 'packages', 'core', 'node_modules')],
      banner: { js: 'window.__perf&&(window.__perf.t0=performance.now());' },
      loader: { '.png': 'dataurl', '.svg': 'dataurl', '.gif': 'dataurl' },
      plugins: packed
        ? [fromConsumer(consumer), timedPackedLayout]
        : [fromSource, timedLayoutNetwork, timedD3Force, ...(whatIf.length ? [whatIfPlugin(whatIf)] : [])],
      metafile: true,
      logLevel: 'silent',
    });
    if (packed) {
      // Proof of origin: every @parklinks module in the bundle comes from the consumer's node_modules.
      const ours = Object.keys(result.metafile.inputs).filter((f) =>
        /@parklinks|packages[\\/](data|core|react)[\\/]/.test(f),
      );
      const stray = ours.filter((f) => !/node_modules[\\/]@parklinks[\\/]/.test(f) || /[\\/]src[\\/]/.test(f));
      if (ours.length === 0 || stray.length)
        throw new Error(`packed build of ${page.name} includes ${stray[0] ?? 'no @parklinks module'}`);
    }
    writeFileSync(join(outdir, `${page.name}.meta.json`), JSON.stringify(result.metafile));
    // A page's stylesheet, if any, is pages/<name>.css (its @imports bundled).
    const css = join(outdir, `${page.name}.css`);
    const cssEntry = join(pagesDir, `${page.name}.css`);
    if (existsSync(cssEntry))
      await build({ entryPoints: [cssEntry], outfile: css, bundle: true, minify: true, logLevel: 'silent' });
    return {
      name: page.name,
      from: page.lib === 'parklinks' ? (packed ? 'packed' : 'source') : undefined,
      css: existsSync(css),
      bytes: readFileSync(outfile).length,
      gzipBytes: gz(outfile) + gz(css),
    };
  } catch (e) {
    const detail = e.errors?.map((x) => `${x.location?.file ?? ''}:${x.location?.line ?? ''}: ${x.text}`).join('; ');
    return { name: page.name, error: (detail || String(e.message ?? e)).slice(0, 2000) };
  }
}

/** The generator bundle: syntheticDataset, checkDataset and the vocabularies of @parklinks/data (from source). */
async function dataLib(outdir) {
  const gen = join(outdir, 'gen.mjs');
  await build({
    stdin: {
      contents:
        "export { syntheticDataset, seededRandom, checkDataset, partnershipKinds, topics } from '@parklinks/data';",
      resolveDir: root,
      loader: 'ts',
    },
    outfile: gen,
    bundle: true,
    format: 'esm',
    platform: 'node',
    alias,
    logLevel: 'silent',
  });
  return import(`${pathToFileURL(gen).href}?t=${Date.now()}`);
}

/** The data set of a profile and size (seed 1). */
export function dataset(lib, profile, size) {
  const [parks, links] = sizes[size];
  if (profile === 'plain') return plainDataset({ parks, links, seed: 1 }, lib);
  return lib.syntheticDataset({ parks, links, seed: 1 });
}

/**
 * The seeded data set of each profile and size, checked with checkDataset, and what to hover or select: the two
 * parks with most partnerships, a dated bilateral partnership of each (for the timeline).
 */
export async function buildData(sizeNames, outdir = defaultOutdir, profileNames = profiles, include = () => true) {
  const lib = await dataLib(outdir);
  const plans = {};
  for (const profile of profileNames)
    for (const size of sizeNames) {
      if (!include(profile, size)) continue;
      const data = dataset(lib, profile, size);
      const issues = lib.checkDataset(data);
      if (issues.length) throw new Error(`${profile} ${size}: checkDataset: ${issues[0].field} ${issues[0].message}`);
      const count = new Map();
      for (const p of data.partnerships)
        for (const party of p.parties) if ('org' in party) count.set(party.org, (count.get(party.org) ?? 0) + 1);
      const top = [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
      const dealOf = (park) =>
        data.partnerships.find((p) => p.date && p.parties.length === 2 && p.parties.some((x) => x.org === park))?.id;
      const plan = { parks: [top[0], top[1]], deals: [dealOf(top[0]), dealOf(top[1])] };
      const json = JSON.stringify(data);
      plans[`${profile}.${size}`] = {
        ...plan,
        organizations: data.organizations.length,
        partnerships: data.partnerships.length,
        dataMB: Math.round(json.length / 1e5) / 10,
      };
      writeFileSync(
        join(outdir, `data-${profile}-${size}.js`),
        `window.__DATA__=JSON.parse(${JSON.stringify(json)});window.__HOVER=${JSON.stringify(plan)};\n`,
      );
    }
  return plans;
}

function html(page, profile, size, css) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${page.name} ${profile} ${size}</title>
${css ? `<link rel="stylesheet" href="${page.name}.css">` : ''}
<style>body{margin:0;font:14px system-ui,sans-serif}#root{width:960px}</style></head>
<body><div id="root"></div>
<script src="probe.js"></script><script src="data-${profile}-${size}.js"></script><script src="${page.name}.js"></script>
</body></html>
`;
}

/** Whether a page is measured at a size (xlarge: parklinks pages only). */
export const pageRunsAt = (page, size) => !parklinksOnlySizes.has(size) || page.lib === 'parklinks';

/**
 * Builds pages (in parallel), data scripts and HTML files. Pages that fail to build are returned with `error`.
 * `consumer`: the folder with the packed packages (lib/consumer.mjs) for the parklinks pages; without it, source.
 * `include(profile, size)`: which data sets to make (default all).
 */
export async function buildAll({
  pageList = pages,
  sizeNames = ['small', 'medium', 'large'],
  profileNames = profiles,
  outdir = defaultOutdir,
  whatIf = [],
  consumer,
  include = () => true,
} = {}) {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  copyFileSync(join(perfDir, 'lib', 'probe.js'), join(outdir, 'probe.js'));
  const dataSizes = sizeNames.filter((size) => pageList.some((p) => p.lib !== 'react' && pageRunsAt(p, size)));
  const [built, plans] = await Promise.all([
    Promise.all(pageList.map((p) => buildPage(p, outdir, { whatIf, consumer }))),
    buildData(dataSizes, outdir, profileNames, include),
  ]);
  for (const b of built) {
    if (b.error) continue;
    const page = pageList.find((p) => p.name === b.name);
    for (const profile of profileNames)
      for (const size of dataSizes)
        if (pageRunsAt(page, size) && include(profile, size))
          writeFileSync(join(outdir, `${b.name}.${profile}.${size}.html`), html(page, profile, size, b.css));
  }
  return { built, plans, outdir };
}
