// The packed tarballs pass `publint --strict` and `attw --profile node16`, and no shipped file imports a package
// that the manifest does not declare (a bare import missing from dependencies/peerDependencies works in the
// workspace by hoisting and breaks in a user's app).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, inject, test } from 'vitest';
import { type Manifest, output, root, run } from './consumer';

const consumer = inject('consumer');
const packages = inject('packages');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
const packageOf = (spec: string) =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/');
const isBare = (spec: string) => !/^(\.|\/|[a-z]+:)/i.test(spec) || spec.startsWith('node:');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** Bare imports, requires and dynamic imports of every shipped .js/.cjs/.mjs and .d.ts/.d.cts file. */
function bareImports(pkgDir: string) {
  const runtime = new Map<string, string>();
  const types = new Map<string, string>();
  for (const file of files(join(pkgDir, 'dist'))) {
    const isTypes = /\.d\.[cm]?ts$/.test(file);
    if (!isTypes && !/\.[cm]?js$/.test(file)) continue;
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const specs = [...info.importedFiles, ...info.typeReferenceDirectives].map((f) => f.fileName);
    for (const spec of specs.filter(isBare)) {
      if (builtins.has(spec) || builtins.has(packageOf(spec))) continue;
      (isTypes ? types : runtime).set(packageOf(spec), file.slice(pkgDir.length + 1));
    }
  }
  return { runtime, types };
}

const manifest = (name: string): Manifest =>
  JSON.parse(readFileSync(join(consumer, 'node_modules', name, 'package.json'), 'utf8'));

/** Whether an installed package carries its own type declarations. */
function shipsTypes(name: string) {
  const dir = join(consumer, 'node_modules', name);
  if (!existsSync(join(dir, 'package.json'))) return false;
  const m = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return Boolean(
    m.types || m.typings || JSON.stringify(m.exports ?? {}).includes('"types"') || existsSync(join(dir, 'index.d.ts')),
  );
}

describe.each(packages)('$name', ({ name, tarball }) => {
  test('publint --strict is clean', () => {
    const r = run(bin('publint'), ['run', tarball, '--strict'], root);
    expect(r.status, output(r)).toBe(0);
    expect(r.stdout, output(r)).not.toMatch(/^(Errors|Warnings):/m);
  });

  test('attw --profile node16 is clean (code entry points; assets such as .html are not modules)', () => {
    const exports = (manifest(name).exports ?? {}) as Record<string, unknown>;
    const assets = Object.entries(exports)
      .filter(([key, v]) => !key.includes('*') && typeof v === 'string' && !/\.([cm]?js|json)$/.test(v))
      .map(([key]) => key);
    const exclude = assets.length ? ['--exclude-entrypoints', ...assets] : [];
    const r = run(
      bin('attw'),
      [tarball, '--profile', 'node16', '--format', 'table-flipped', '--no-color', ...exclude],
      root,
    );
    expect(r.status, output(r)).toBe(0);
  });

  test('every bare import in dist is a declared dependency (types too)', () => {
    const dir = join(consumer, 'node_modules', name);
    const m: Manifest & { optionalDependencies?: Record<string, string> } = manifest(name);
    const deps = new Set(Object.keys(m.dependencies ?? {}).concat(Object.keys(m.optionalDependencies ?? {})));
    const peers = new Set(Object.keys(m.peerDependencies ?? {}));
    const { runtime, types } = bareImports(dir);
    const problems: string[] = [];
    for (const [dep, file] of runtime)
      if (dep !== name && !deps.has(dep) && !peers.has(dep))
        problems.push(`${file} imports ${dep}, which is not in dependencies or peerDependencies`);
    for (const [dep, file] of types) {
      if (dep === name || runtime.has(dep)) continue;
      // A types-only module (topojson-specification) is declared through its @types package.
      const at = `@types/${dep.replace(/^@([^/]+)\//, '$1__')}`;
      if (!deps.has(dep) && !peers.has(dep) && !deps.has(at))
        problems.push(`${file} (types) imports ${dep}, which is not in dependencies or peerDependencies`);
    }
    // A regular dependency without its own .d.ts needs its @types package in dependencies, or the consumer's
    // TypeScript cannot resolve our declarations (peers are the consumer's to type).
    for (const [dep, file] of types) {
      if (dep === name || !deps.has(dep) || shipsTypes(dep)) continue;
      const at = `@types/${dep.replace(/^@([^/]+)\//, '$1__')}`;
      if (!deps.has(at))
        problems.push(`${file} uses the types of ${dep}, which ships none, and ${at} is not a dependency`);
    }
    expect(problems).toEqual([]);
  });
});

test('the import scan sees the imports it should (react and @parklinks/data in @parklinks/react)', () => {
  const { runtime, types } = bareImports(join(consumer, 'node_modules', '@parklinks/react'));
  expect([...runtime.keys()]).toEqual(expect.arrayContaining(['react', '@parklinks/data']));
  expect([...types.keys()]).toEqual(expect.arrayContaining(['react', '@parklinks/data']));
});
