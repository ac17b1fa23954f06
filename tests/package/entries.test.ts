// Every entry point of every installed tarball loads with ESM import and with CJS require, on Node 22 and on the
// system Node 20 (the packages promise node >=20), and both formats export the same names.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { type Manifest, nodes, output, run } from './consumer';

const consumer = inject('consumer');
const packages = inject('packages');

type Entry = { spec: string; kind: 'module' | 'json' | 'asset' };
type Loaded = Record<string, { ok: boolean; keys?: string[]; types?: Record<string, string>; error?: string }>;

const installed = (name: string) => join(consumer, 'node_modules', name);
const manifest = (name: string): Manifest => JSON.parse(readFileSync(join(installed(name), 'package.json'), 'utf8'));

/** The first file target of an exports value (conditions or a plain string). */
function target(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) if (k !== 'types') return target(v) ?? undefined;
  return undefined;
}

/** Every subpath a consumer can import, with `*` patterns expanded against the shipped files. */
function entries(name: string): Entry[] {
  const out: Entry[] = [];
  for (const [key, value] of Object.entries(manifest(name).exports ?? { '.': './index.js' })) {
    const file = target(value);
    if (!file) continue;
    const subpaths: [string, string][] = [];
    if (key.includes('*')) {
      const [dir, suffix = ''] = file.split('*') as [string, string?];
      const abs = join(installed(name), dir);
      const found = existsSync(abs) ? readdirSync(abs).filter((f) => f.endsWith(suffix)) : [];
      expect(found.length, `${name} exports ${key} but ships no ${file}`).toBeGreaterThan(0);
      for (const f of found) subpaths.push([key.replace('*', f.slice(0, f.length - suffix.length)), f]);
    } else subpaths.push([key, file]);
    for (const [sub, f] of subpaths) {
      const ext = extname(f);
      const kind = ['.js', '.cjs', '.mjs'].includes(ext) ? 'module' : ext === '.json' ? 'json' : 'asset';
      out.push({ spec: sub === '.' ? name : `${name}${sub.slice(1)}`, kind });
    }
  }
  return out;
}

function load(node: string, format: 'esm' | 'cjs', list: Entry[]): Loaded {
  const r = run(node, ['entries.mjs', format, JSON.stringify(list)], consumer);
  expect(r.status, output(r)).toBe(0);
  return JSON.parse(r.stdout);
}

/** The minimum public API the design promises (DESIGN.md "Public API"). */
const promised: Record<string, string[]> = {
  '@parklinks/data': ['checkDataset', 'filterDataset', 'localize', 'toMapArcs', 'toNetwork', 'toTimelineEvents'],
  '@parklinks/data/dataset': ['dataset', 'getOrganization', 'getPartnership', 'organizationIds'],
  '@parklinks/data/renamed': ['renamedPartnershipIds'],
  '@parklinks/data/schema': ['validateDataset', 'datasetJsonSchema', 'PartnershipSchema'],
  '@parklinks/data/node': ['loadDatasetDir'],
  '@parklinks/core': ['sceneToSvg', 'parseSelection', 'zoomAt', 'themePalette', 'textWidth'],
  '@parklinks/core/map': ['buildMapScene', 'basemapFeatures', 'worldBasemap', 'buildMapModel'],
  '@parklinks/react': ['PartnershipMap', 'PartnershipNetwork', 'PartnershipTimeline', 'PartnershipExplorer'],
  '@parklinks/react/map': ['PartnershipMap', 'PartnershipMapBase', 'worldBasemap'],
  '@parklinks/react/network': ['PartnershipNetwork'],
  '@parklinks/react/timeline': ['PartnershipTimeline'],
  '@parklinks/react/explorer': ['PartnershipExplorer'],
  '@parklinks/react/table': ['DataTable'],
};

describe.each(packages.map((p) => p.name))('%s', (name) => {
  describe.each(nodes())('$label', ({ path }) => {
    test('every entry point loads with import and require; both export the same names', () => {
      const list = entries(name);
      expect(list.length).toBeGreaterThan(0);
      const esm = load(path, 'esm', list);
      const cjs = load(path, 'cjs', list);
      for (const { spec } of list) {
        expect.soft(esm[spec], `import ${spec}`).toMatchObject({ ok: true });
        expect.soft(cjs[spec], `require ${spec}`).toMatchObject({ ok: true });
        expect.soft(cjs[spec]?.keys, `${spec}: CJS exports differ from ESM`).toEqual(esm[spec]?.keys);
        expect.soft(cjs[spec]?.types, `${spec}: CJS export kinds differ from ESM`).toEqual(esm[spec]?.types);
      }
      for (const [spec, names] of Object.entries(promised).filter(([s]) => s === name || s.startsWith(`${name}/`)))
        expect
          .soft(esm[spec]?.keys ?? [], `${spec} misses part of the promised API`)
          .toEqual(expect.arrayContaining(names));
    });
  });
});

test('@parklinks/data/dataset.json and /schema.json are the data set and its JSON Schema', () => {
  const r = run(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import data from '@parklinks/data/dataset.json' with { type: 'json' };
       import schema from '@parklinks/data/schema.json' with { type: 'json' };
       import { dataset } from '@parklinks/data/dataset';
import { validateDataset } from '@parklinks/data/schema';
       console.log(JSON.stringify({ same: JSON.stringify(data) === JSON.stringify(dataset),
         issues: validateDataset(data).filter((i) => i.severity === 'error').length,
         schema: typeof schema.$schema, props: Object.keys(schema.properties ?? {}).sort() }));`,
    ],
    consumer,
  );
  expect(r.status, output(r)).toBe(0);
  expect(JSON.parse(r.stdout)).toEqual({
    same: true,
    issues: 0,
    schema: 'string',
    props: ['organizations', 'partnerships', 'sources'],
  });
});

test('the parklinks-data CLI runs from the installed package', () => {
  const bin = join(consumer, 'node_modules', '.bin', 'parklinks-data');
  const r = run(bin, ['export', '--format', 'json'], consumer);
  expect(r.status, output(r)).toBe(0);
  const exported = JSON.parse(r.stdout) as { partnerships: unknown[] };
  const shipped = JSON.parse(readFileSync(join(installed('@parklinks/data'), 'dist', 'parklinks.json'), 'utf8'));
  expect(exported.partnerships.length).toBe(shipped.partnerships.length);
});
