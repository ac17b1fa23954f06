#!/usr/bin/env node
// Module evaluation of a one-map page, on the user's ground: a page that imports only the map (from the packages
// installed in a consumer folder, e.g. the packaging tier's with PARKLINKS_KEEP_CONSUMER=1), bundled with React
// by esbuild (minified, production), loaded in Chromium; the figure is the time of `await import(bundle)` (fetch
// from loopback, parse, evaluate every module; nothing is rendered), median of 5 fresh loads.
//   node tests/perf/moduleEval.mjs <consumer dir> [import specifier of the map, default @parklinks/react/map]
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { launch } from '../browser/chromium.mjs';
import { serve } from '../browser/serve.mjs';

const [consumer, spec = '@parklinks/react/map'] = process.argv.slice(2);
if (!consumer) throw new Error('usage: moduleEval.mjs <consumer dir> [specifier]');
const dir = join(consumer, 'module-eval');
mkdirSync(dir, { recursive: true });
writeFileSync(
  join(dir, 'entry.jsx'),
  `import { PartnershipMap } from '${spec}';\nimport { createRoot } from 'react-dom/client';\nexport { PartnershipMap, createRoot };\n`,
);
const esbuild = createRequire(join(consumer, 'package.json'))('esbuild');
await esbuild.build({
  entryPoints: [join(dir, 'entry.jsx')],
  outfile: join(dir, 'bundle.js'),
  bundle: true,
  minify: true,
  format: 'esm',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'silent',
});
writeFileSync(
  join(dir, 'index.html'),
  `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module">
const t = performance.now(); await import('./bundle.js' + location.search); window.evalMs = performance.now() - t;
</script>`,
);
const site = await serve(dir);
const ctx = await launch();
const runs = [];
for (let i = 0; i < 5; i++) {
  const page = await ctx.newPage();
  await page.goto(`${site.url}/index.html?${i}`);
  runs.push(await page.waitForFunction(() => window.evalMs).then((h) => h.jsonValue()));
  await page.close();
}
await ctx.close();
await site.close();
runs.sort((a, b) => a - b);
console.log(
  `${spec}: module evaluation ${runs[2].toFixed(1)} ms (median of 5: ${runs.map((r) => r.toFixed(1)).join(', ')})`,
);
