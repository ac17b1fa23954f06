#!/usr/bin/env node
// Browser builds of @parklinks/embed, after tsup has written dist/index.* and dist/cli.js:
//   dist/parklinks.js        the loader (IIFE, no React): defines every element, reserves its height, and imports
//                            a view's code from dist/chunks/<view>.js when an element nears the viewport
//   dist/chunks/             ES module chunks (Preact): map.js, network.js, timeline.js, explorer.js, the shared
//                            code they import, and the built-in data set (its display copy, displayDataset.mjs) as a
//                            chunk of its own, fetched once by the first element without `src`
//   dist/parklinks-react.js + dist/chunks-react/   the same with React 19, for pages that need React itself
//   dist/parklinks-map.js, parklinks-network.js, parklinks-timeline.js   copies of the loader (older embed codes
//                            name them)
//   dist/embed.html + dist/embed-page.js   iframe page (no inline script) with pym.js height messages
//   dist/parklinks-frame.js  tiny parent-page script that sizes parklinks iframes without pym
//   dist/sizes.json          raw and gzip sizes of each script, and of every file each view loads, written so the
//                            README, size-limit and the tests can quote them
// Fails when a browser file contains eval or the Function constructor (a strict CSP forbids both),
// or zod (the charts check their data with checkDataset, which needs none).
import { copyFileSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import {
  builtinModule,
  datesModule,
  detailsModule,
  displayDataset,
  displayDatasetModule,
  parseDatasetModule,
} from './displayDataset.mjs';
import { workspace } from './workspace.mjs';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const root = join(pkg, '..', '..');
// PARKLINKS_DIST: another folder (e.g. an unminified build for profiling, next to the real one).
const dist = process.env.PARKLINKS_DIST ?? join(pkg, 'dist');
const src = (p) => join(pkg, 'src', p);

const preact = { react: 'preact/compat', 'react-dom': 'preact/compat' };

// @parklinks/core pins d3-geo 3.1.0, the version @visx/vendor pins, so every bundle carries one copy (it carried two).

/** The built-in data set goes in as its display copy (displayDataset.mjs): no notes, doubts, websites … */
const displayData = {
  name: 'display-data',
  setup(b) {
    b.onLoad({ filter: /[\\/]packages[\\/]data[\\/]src[\\/]generated[\\/]dataset\.ts$/ }, (args) => ({
      contents: displayDatasetModule(readFileSync(args.path, 'utf8')),
      loader: 'ts',
      resolveDir: dirname(args.path),
    }));
  },
};

/**
 * The loader's built-in data (src/chunks/builtin.ts) as the display copy in two parts: what a first paint draws,
 * and the details, a chunk of their own (`parklinks:details`) imported with the interactive chart.
 */
const datasetSource = () => readFileSync(join(root, 'packages', 'data', 'src', 'generated', 'dataset.ts'), 'utf8');
/** The built-in network laid out once, here (src/static/defaultPositions.ts run from source). */
async function builtinPositions() {
  const { outputFiles } = await build({
    entryPoints: [src('static/defaultPositions.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
    plugins: [workspace],
  });
  const { defaultNetworkPositions } = await import(
    `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`
  );
  return defaultNetworkPositions(displayDataset(parseDatasetModule(datasetSource())));
}
const networkPositions = await builtinPositions();

const builtinData = {
  name: 'builtin-data',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]chunks[\\/]builtin-(\w+)\.ts$/ }, (args) => ({
      contents: builtinModule(datasetSource(), /builtin-(\w+)\.ts$/.exec(args.path)[1]),
      loader: 'js',
      resolveDir: join(pkg, 'scripts'),
    }));
    b.onLoad({ filter: /[\\/]src[\\/]chunks[\\/]dates-(\w+)\.ts$/ }, (args) => ({
      contents: datesModule(datasetSource(), /dates-(\w+)\.ts$/.exec(args.path)[1]),
      loader: 'js',
    }));
    b.onLoad({ filter: /[\\/]src[\\/]chunks[\\/]networkPositions\.ts$/ }, () => ({
      contents: `export const networkPositions = JSON.parse(${JSON.stringify(JSON.stringify(networkPositions))});`,
      loader: 'js',
    }));
    b.onResolve({ filter: /^parklinks:details$/ }, () => ({ path: 'details', namespace: 'parklinks-details' }));
    b.onLoad({ filter: /.*/, namespace: 'parklinks-details' }, () => ({
      contents: detailsModule(datasetSource()),
      loader: 'js',
    }));
  },
};

const common = {
  bundle: true,
  minify: !process.env.PARKLINKS_NO_MINIFY,
  format: 'iife',
  target: ['es2022', 'chrome100', 'firefox100', 'safari16'],
  platform: 'browser',
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  tsconfigRaw: { compilerOptions: { jsx: 'react-jsx' } },
  logLevel: 'warning',
  plugins: [workspace, displayData, builtinData],
};

/** Fails when an output of `metafile` holds zod: it would be 90 KB and a `Function` constructor under a strict CSP. */
function noZod(metafile, what) {
  const zod = Object.values(metafile.outputs)
    .flatMap((o) => Object.entries(o.inputs))
    .find(([p, i]) => i.bytesInOutput > 0 && /[\\/]zod[\\/]/.test(p))?.[0];
  if (zod) throw new Error(`${what} bundles zod (${zod}); the render path must not import it`);
}

/** One classic script (IIFE): the loader, the iframe page's script, the frame script. */
async function script(entry, outfile, define = {}) {
  const { metafile } = await build({
    ...common,
    metafile: true,
    entryPoints: [src(entry)],
    outfile: join(dist, outfile),
    define: { ...common.define, ...define },
  });
  noZod(metafile, outfile);
  const bytes = Object.values(metafile.outputs)[0].bytes;
  if (outfile === 'parklinks.js' && bytes > 40_000)
    throw new Error(`the loader is ${bytes} bytes: something pulled chart code into it`);
}

const views = ['map', 'network', 'timeline', 'explorer'];

/**
 * The views' code as ES module chunks in `folder` (split: what two views share is one file), Preact unless
 * `react`. Returns, for each view, every file its element loads: the view's chunk, what it imports, and the
 * built-in data chunk (which it imports when it has no `src`).
 */
async function chunks(folder, { react = false } = {}) {
  const outdir = join(dist, folder);
  rmSync(outdir, { recursive: true, force: true });
  const { metafile } = await build({
    ...common,
    format: 'esm',
    splitting: true,
    metafile: true,
    entryPoints: Object.fromEntries(views.map((v) => [v, src(`chunks/${v}.ts`)])),
    outdir,
    chunkNames: '[name]-[hash]',
    ...(react ? {} : { alias: preact }),
  });
  if (process.env.PARKLINKS_ANALYZE) writeFileSync(join(dist, `${folder}.meta.json`), JSON.stringify(metafile));
  noZod(metafile, folder);
  const out = (p) => relative(dist, join(pkg, p));
  // Every file an entry loads before it runs (static imports), and those of the chunks it imports later.
  const closure = (file, seen = new Set()) => {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const i of metafile.outputs[file].imports) if (i.kind === 'import-statement') closure(i.path, seen);
    return seen;
  };
  const later = (file, pattern) =>
    metafile.outputs[file].imports
      .filter((i) => i.kind === 'dynamic-import' && pattern.test(i.path))
      .map((i) => i.path);
  const files = {};
  for (const view of views) {
    const entry = Object.keys(metafile.outputs).find((f) => f.endsWith(`/${folder}/${view}.js`));
    const first = closure(entry);
    // The built-in data set, imported by the first element without `src`: its chunk in the largest locale, and
    // the network's positions for the network.
    const builtins = [...first].flatMap((f) => later(f, /builtin-\w+-|dates-\w+-|networkPositions-/));
    const locales = builtins.filter((f) => /builtin-/.test(f));
    const size = (f) => gzipSync(readFileSync(join(pkg, f)), { level: 9 }).length;
    const largest = locales.sort((a, b) => size(b) - size(a))[0];
    // The timeline's first paint fetches its dates' texts too, the network's its positions.
    const dates = builtins.filter((f) => /dates-/.test(f)).sort((a, b) => size(b) - size(a))[0];
    const positions = builtins.filter((f) => /networkPositions-/.test(f));
    const picked = [largest, ...(view === 'timeline' ? [dates] : []), ...(view === 'network' ? positions : [])].filter(
      Boolean,
    );
    const data = [...new Set(picked.flatMap((f) => [...closure(f)]))].filter((f) => !first.has(f));
    // The interactive chart, imported when the reader reaches for it.
    const liveEntry = [...first].flatMap((f) => later(f, new RegExp(`/${view}-[^/]*\\.js$`)))[0];
    const seen = new Set([...first, ...data]);
    const live = liveEntry ? [...closure(liveEntry)].filter((f) => !seen.has(f)) : [];
    files[view] = { first: [...first].map(out), data: data.map(out), live: live.map(out) };
  }
  return files;
}

await Promise.all([
  script('entries/parklinks.ts', 'parklinks.js'),
  script('entries/parklinks.ts', 'parklinks-react.js', { __PARKLINKS_CHUNKS__: '"chunks-react"' }),
  script('entries/embedPage.ts', 'embed-page.js'),
  script('entries/frame.ts', 'parklinks-frame.js'),
]);
const viewFiles = await chunks('chunks');
await chunks('chunks-react', { react: true });
// The one-view scripts of earlier releases are the loader now.
for (const v of ['map', 'network', 'timeline'])
  copyFileSync(join(dist, 'parklinks.js'), join(dist, `parklinks-${v}.js`));
copyFileSync(src('entries/embed.html'), join(dist, 'embed.html'));

const forbidden = [
  [/(?<![\w$.])eval\s*\(/, 'eval('],
  [/new\s+Function\b/, 'new Function'],
  [/(?<![\w$.])Function\s*\(/, 'Function('],
  [/=\s*Function\s*[;,)]/, 'an alias of Function'],
  [/setTimeout\s*\(\s*["'`]/, 'setTimeout with a string'],
];
const gzip = (f) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
const browserFiles = [
  'parklinks.js',
  'parklinks-react.js',
  'embed-page.js',
  'parklinks-frame.js',
  ...['chunks', 'chunks-react'].flatMap((d) =>
    readdirSync(join(dist, d))
      .filter((f) => f.endsWith('.js'))
      .map((f) => `${d}/${f}`),
  ),
];
for (const f of browserFiles) {
  const text = readFileSync(join(dist, f), 'utf8');
  for (const [re, what] of forbidden) {
    const m = re.exec(text);
    if (m) throw new Error(`${f} contains ${what} near: ${text.slice(Math.max(0, m.index - 80), m.index + 80)}`);
  }
}
const sizes = { scripts: {}, views: {} };
for (const f of ['parklinks.js', 'parklinks-react.js', 'embed-page.js', 'parklinks-frame.js'])
  sizes.scripts[f] = { bytes: statSync(join(dist, f)).size, gzip: gzip(f) };
const sum = (files) => files.reduce((a, f) => a + gzip(f), 0);
for (const [view, f] of Object.entries(viewFiles)) {
  const first = sum(f.first);
  const data = sum(f.data);
  sizes.views[view] = {
    files: f,
    firstGzip: first,
    dataGzip: data,
    liveGzip: sum(f.live),
    // What an element of the view loads to its first paint with the built-in data: its code, the world, the data.
    firstPaintGzip: first + data,
  };
}
writeFileSync(join(dist, 'sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const [f, s] of Object.entries(sizes.scripts))
  console.log(`${f.padEnd(22)} ${kb(s.bytes).padStart(9)}  gzip ${kb(s.gzip)}`);
for (const [v, s] of Object.entries(sizes.views))
  console.log(
    `view ${v.padEnd(9)} first paint ${kb(s.firstPaintGzip)} (code ${kb(s.firstGzip)} + data ${kb(s.dataGzip)}), then interactive +${kb(s.liveGzip)}`,
  );
