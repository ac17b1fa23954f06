// The installed packages as a React Server Components bundler and Node see them: every built file of
// @parklinks/react begins with "use client" (esbuild drops directives when it bundles; the build puts it back), and
// neither a chart entry nor the root of @parklinks/data reaches zod through its static imports.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const consumer = inject('consumer');
const installed = (name: string) => join(consumer, 'node_modules', name);

/** Files reached from `file` by static import/require, following relative paths and bare package names. */
function reach(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*|\brequire\()\s*["']([^"']+)["']/g)].map((m) => m[1]!);
  for (const spec of specs) {
    if (spec.startsWith('.')) reach(resolve(dirname(file), spec), seen);
    else seen.add(`package:${spec}`);
  }
  return seen;
}

describe('@parklinks/react is a client module, file by file', () => {
  it('every .js and .cjs in dist/ starts with "use client"', () => {
    const dist = join(installed('@parklinks/react'), 'dist');
    const files = readdirSync(dist).filter((f) => /\.c?js$/.test(f));
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((f) => !readFileSync(join(dist, f), 'utf8').startsWith('"use client";'))).toEqual([]);
  });
});

describe('zod is evaluated only by validateDataset and the CLI', () => {
  const entries = [
    ['@parklinks/data', 'index'],
    ['@parklinks/data', 'dataset'],
    ...['index', 'map', 'network', 'timeline', 'explorer', 'table'].map((e) => ['@parklinks/react', e]),
  ] as const;
  for (const [pkg, entry] of entries)
    for (const ext of ['js', 'cjs'])
      it(`${pkg} ${entry}.${ext} imports no zod, directly or through @parklinks/data`, () => {
        const files = reach(join(installed(pkg), 'dist', `${entry}.${ext}`));
        // Follow our own package imports into @parklinks/data's dist (the entry they name).
        for (const f of [...files])
          if (f.startsWith('package:@parklinks/data')) {
            const sub = f.slice('package:@parklinks/data'.length).replace(/^\//, '') || 'index';
            reach(join(installed('@parklinks/data'), 'dist', `${sub}.${ext}`), files);
          }
        expect([...files].filter((f) => /package:zod/.test(f))).toEqual([]);
      });

  it('@parklinks/data/schema does import zod (the check above can see it)', () => {
    expect([...reach(join(installed('@parklinks/data'), 'dist', 'schema.js'))].some((f) => /package:zod/.test(f))).toBe(
      true,
    );
  });
});
