#!/usr/bin/env node
// Browser builds of @parklinks/embed, after tsup has written dist/index.* and dist/cli.js:
//   dist/parklinks.js        one-file IIFE: custom elements + renderer + world topology + built-in data (Preact)
//                            (the map's built-in simplified world, the data set as the display copy of
//                            scripts/displayDataset.mjs)
//   dist/parklinks-react.js  the same with React 19, kept for comparison and for pages that need React itself
//   dist/parklinks-map.js, parklinks-network.js, parklinks-timeline.js   one element each (same renderer and
//                            data, one chart's code): for a page that shows one view
//   dist/embed.html + dist/embed-page.js   iframe page (no inline script) with pym.js height messages
//   dist/parklinks-frame.js  tiny parent-page script that sizes parklinks iframes without pym
//   dist/sizes.json          raw and gzip sizes, written so the README and the tests can quote them
// Fails when a browser bundle contains eval or the Function constructor (a strict CSP forbids both),
// or zod (the charts check their data with checkDataset, which needs none).
import { copyFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { displayDatasetModule } from './displayDataset.mjs';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const root = join(pkg, '..', '..');
const dist = join(pkg, 'dist');
const src = (p) => join(pkg, 'src', p);

// Workspace packages from source (always current, no build order needed); third-party from node_modules.
const workspaceEntries = {
  '@parklinks/data': 'data/src/index.ts',
  '@parklinks/data/dataset': 'data/src/dataset.ts',
  '@parklinks/core': 'core/src/index.ts',
  '@parklinks/core/map': 'core/src/map/index.ts',
  '@parklinks/core/network': 'core/src/network/index.ts',
  '@parklinks/core/timeline': 'core/src/timeline/index.ts',
  '@parklinks/react': 'react/src/index.ts',
  '@parklinks/react/map': 'react/src/map/index.ts',
  '@parklinks/react/network': 'react/src/network/index.ts',
  '@parklinks/react/timeline': 'react/src/timeline/index.ts',
  '@parklinks/react/explorer': 'react/src/explorer/index.ts',
  '@parklinks/react/table': 'react/src/table/index.ts',
};
const workspace = {
  name: 'workspace',
  setup(b) {
    b.onResolve({ filter: /^@parklinks\// }, (args) => {
      const file = workspaceEntries[args.path];
      if (!file) throw new Error(`${args.path}: not a workspace entry the browser scripts know`);
      return { path: join(root, 'packages', file) };
    });
  },
};
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

const common = {
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2022', 'chrome100', 'firefox100', 'safari16'],
  platform: 'browser',
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  tsconfigRaw: { compilerOptions: { jsx: 'react-jsx' } },
  logLevel: 'warning',
  plugins: [workspace, displayData],
};

async function bundle(entry, outfile, { react = false } = {}) {
  const { metafile } = await build({
    ...common,
    metafile: true,
    entryPoints: [src(entry)],
    outfile: join(dist, outfile),
    ...(react ? {} : { alias: preact }),
  });
  if (process.env.PARKLINKS_ANALYZE) writeFileSync(join(dist, `${outfile}.meta.json`), JSON.stringify(metafile));
  // The charts check data with checkDataset (no zod); zod coming back would be 90 KB and a
  // `Function` constructor under a strict CSP.
  const zod = Object.values(metafile.outputs)
    .flatMap((o) => Object.entries(o.inputs))
    .find(([p, i]) => i.bytesInOutput > 0 && /[\\/]zod[\\/]/.test(p))?.[0];
  if (zod) throw new Error(`${outfile} bundles zod (${zod}); the render path must not import it`);
}

await Promise.all([
  bundle('entries/parklinks.ts', 'parklinks.js'),
  bundle('entries/parklinks.ts', 'parklinks-react.js', { react: true }),
  bundle('entries/parklinks-map.ts', 'parklinks-map.js'),
  bundle('entries/parklinks-network.ts', 'parklinks-network.js'),
  bundle('entries/parklinks-timeline.ts', 'parklinks-timeline.js'),
  bundle('entries/embedPage.ts', 'embed-page.js'),
  bundle('entries/frame.ts', 'parklinks-frame.js'),
]);
copyFileSync(src('entries/embed.html'), join(dist, 'embed.html'));

const forbidden = [
  [/(?<![\w$.])eval\s*\(/, 'eval('],
  [/new\s+Function\b/, 'new Function'],
  [/(?<![\w$.])Function\s*\(/, 'Function('],
  [/=\s*Function\s*[;,)]/, 'an alias of Function'],
  [/setTimeout\s*\(\s*["'`]/, 'setTimeout with a string'],
];
const sizes = {};
const scripts = [
  'parklinks.js',
  'parklinks-react.js',
  'parklinks-map.js',
  'parklinks-network.js',
  'parklinks-timeline.js',
  'embed-page.js',
  'parklinks-frame.js',
];
for (const f of scripts) {
  const text = readFileSync(join(dist, f), 'utf8');
  for (const [re, what] of forbidden) {
    const m = re.exec(text);
    if (m) throw new Error(`${f} contains ${what} near: ${text.slice(Math.max(0, m.index - 80), m.index + 80)}`);
  }
  sizes[f] = { bytes: statSync(join(dist, f)).size, gzip: gzipSync(text, { level: 9 }).length };
}
writeFileSync(join(dist, 'sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const [f, s] of Object.entries(sizes))
  console.log(`${f.padEnd(20)} ${kb(s.bytes).padStart(9)}  gzip ${kb(s.gzip)}`);
