#!/usr/bin/env node
// The builder for editors, after scripts/build.mjs:
//   dist/builder.html   the page (no inline script or style; its own strict CSP in a <meta>)
//   dist/builder.js     its script (IIFE): the form, the codes, renderSvg for the SVG/PNG downloads, the CSV writer
//                       and the built-in data set (the full records: the CSV carries every source URL)
//   dist/builder.css    its styles
// The preview loads dist/parklinks.js from the same folder, as an article would. Fails when the script contains
// eval or the Function constructor (a strict CSP forbids both) or bundles zod.
import { copyFileSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { workspace } from './workspace.mjs';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const dist = join(pkg, 'dist');

const { metafile } = await build({
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2022', 'chrome100', 'firefox100', 'safari16'],
  platform: 'browser',
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
  metafile: true,
  plugins: [workspace],
  entryPoints: [join(pkg, 'src', 'builder', 'page.ts')],
  outfile: join(dist, 'builder.js'),
});
const zod = Object.values(metafile.outputs)
  .flatMap((o) => Object.entries(o.inputs))
  .find(([p, i]) => i.bytesInOutput > 0 && /[\\/]zod[\\/]/.test(p))?.[0];
if (zod) throw new Error(`builder.js bundles zod (${zod})`);
await build({
  bundle: true,
  minify: true,
  logLevel: 'warning',
  entryPoints: [join(pkg, 'src', 'builder', 'builder.css')],
  outfile: join(dist, 'builder.css'),
});
copyFileSync(join(pkg, 'src', 'builder', 'builder.html'), join(dist, 'builder.html'));

const text = readFileSync(join(dist, 'builder.js'), 'utf8');
for (const [re, what] of [
  [/(?<![\w$.])eval\s*\(/, 'eval('],
  [/new\s+Function\b/, 'new Function'],
  [/(?<![\w$.])Function\s*\(/, 'Function('],
]) {
  const m = re.exec(text);
  if (m) throw new Error(`builder.js contains ${what} near: ${text.slice(Math.max(0, m.index - 80), m.index + 80)}`);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const f of ['builder.js', 'builder.css'])
  console.log(
    `${f.padEnd(20)} ${kb(statSync(join(dist, f)).size).padStart(9)}  gzip ${kb(gzipSync(readFileSync(join(dist, f)), { level: 9 }).length)}`,
  );
