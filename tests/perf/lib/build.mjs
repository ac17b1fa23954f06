// Builds the benchmark pages with esbuild (minified production bundles, @parklinks/* from source) and the seeded
// data scripts, into tests/perf/.build/. One HTML file per page and size: probe.js, data-<size>.js, <page>.js.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const perfDir = join(root, 'tests', 'perf');
export const defaultOutdir = join(perfDir, '.build');
const pagesDir = join(perfDir, 'pages');

export const sizes = { small: [50, 100], medium: [500, 2000], large: [2000, 10000] };

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

const src = (p) => join(root, 'packages', p);
const alias = {
  '@parklinks/data': src('data/src/index.ts'),
  '@parklinks/react': src('react/src/index.ts'),
  '@parklinks/embed': src('embed/src/index.ts'),
};
const addLayout = 'const p=window.__perf;if(p)p.layoutMs=(p.layoutMs??0)+';

// parklinks: time every layoutNetwork call (the whole function: forces, fit, overlap removal).
const timedLayoutNetwork = {
  name: 'timed-layoutNetwork',
  setup(b) {
    const networkDir = join(root, 'packages', 'react', 'src', 'network') + sep;
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

/** Bundles one page; resolves to {name, gzipBytes, bytes} or {name, error}. */
export async function buildPage(page, outdir = defaultOutdir, { minify = true, whatIf = [] } = {}) {
  const entry = join(pagesDir, `${page.name}.tsx`);
  const outfile = join(outdir, `${page.name}.js`);
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
      alias,
      nodePaths: [join(root, 'packages', 'react', 'node_modules'), join(root, 'packages', 'core', 'node_modules')],
      banner: { js: 'window.__perf&&(window.__perf.t0=performance.now());' },
      loader: { '.png': 'dataurl', '.svg': 'dataurl', '.gif': 'dataurl' },
      plugins: [timedLayoutNetwork, timedD3Force, ...(whatIf.length ? [whatIfPlugin(whatIf)] : [])],
      metafile: true,
      logLevel: 'silent',
    });
    writeFileSync(join(outdir, `${page.name}.meta.json`), JSON.stringify(result.metafile));
    // A page's stylesheet, if any, is pages/<name>.css (its @imports bundled).
    const css = join(outdir, `${page.name}.css`);
    const cssEntry = join(pagesDir, `${page.name}.css`);
    if (existsSync(cssEntry))
      await build({ entryPoints: [cssEntry], outfile: css, bundle: true, minify: true, logLevel: 'silent' });
    return {
      name: page.name,
      css: existsSync(css),
      bytes: readFileSync(outfile).length,
      gzipBytes: gz(outfile) + gz(css),
    };
  } catch (e) {
    const detail = e.errors?.map((x) => `${x.location?.file ?? ''}:${x.location?.line ?? ''}: ${x.text}`).join('; ');
    return { name: page.name, error: (detail || String(e.message ?? e)).slice(0, 2000) };
  }
}

/** The seeded data set of each size and what to hover: the two parks with most partnerships, one partnership each. */
export async function buildData(sizeNames, outdir = defaultOutdir) {
  const gen = join(outdir, 'gen.mjs');
  await build({
    stdin: { contents: "export { syntheticDataset } from '@parklinks/data';", resolveDir: root, loader: 'ts' },
    outfile: gen,
    bundle: true,
    format: 'esm',
    platform: 'node',
    alias,
    logLevel: 'silent',
  });
  const { syntheticDataset } = await import(`${pathToFileURL(gen).href}?t=${Date.now()}`);
  const plans = {};
  for (const size of sizeNames) {
    const [parks, links] = sizes[size];
    const data = syntheticDataset({ parks, links, seed: 1 });
    const count = new Map();
    for (const p of data.partnerships)
      for (const party of p.parties) if ('org' in party) count.set(party.org, (count.get(party.org) ?? 0) + 1);
    const top = [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
    const dealOf = (park) =>
      data.partnerships.find((p) => p.date && p.parties.length === 2 && p.parties.some((x) => x.org === park))?.id;
    const plan = { parks: [top[0], top[1]], deals: [dealOf(top[0]), dealOf(top[1])] };
    plans[size] = { ...plan, organizations: data.organizations.length, partnerships: data.partnerships.length };
    writeFileSync(
      join(outdir, `data-${size}.js`),
      `window.__DATA__=JSON.parse(${JSON.stringify(JSON.stringify(data))});window.__HOVER=${JSON.stringify(plan)};\n`,
    );
  }
  return plans;
}

function html(page, size, css) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${page.name} ${size}</title>
${css ? `<link rel="stylesheet" href="${page.name}.css">` : ''}
<style>body{margin:0;font:14px system-ui,sans-serif}#root{width:960px}</style></head>
<body><div id="root"></div>
<script src="probe.js"></script><script src="data-${size}.js"></script><script src="${page.name}.js"></script>
</body></html>
`;
}

/** Builds pages (in parallel), data scripts and HTML files. Pages that fail to build are returned with `error`. */
export async function buildAll({
  pageList = pages,
  sizeNames = Object.keys(sizes),
  outdir = defaultOutdir,
  whatIf = [],
} = {}) {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  copyFileSync(join(perfDir, 'lib', 'probe.js'), join(outdir, 'probe.js'));
  const [built, plans] = await Promise.all([
    Promise.all(pageList.map((p) => buildPage(p, outdir, { whatIf }))),
    buildData(sizeNames, outdir),
  ]);
  for (const b of built) {
    if (b.error) continue;
    const page = pageList.find((p) => p.name === b.name);
    for (const size of sizeNames) writeFileSync(join(outdir, `${b.name}.${size}.html`), html(page, size, b.css));
  }
  return { built, plans, outdir };
}
