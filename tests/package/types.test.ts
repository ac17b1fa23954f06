// A strict TypeScript consumer of the installed tarballs (skipLibCheck off, so our .d.ts files are checked too)
// type-checks under moduleResolution bundler and node16 (ESM and, for node16, a .cts CommonJS file), and each
// wrong use — a misspelt built-in id, a wrong or unknown prop, a missing data prop — fails with the expected error.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { output, run } from './consumer';

const consumer = inject('consumer');
const packages = inject('packages').map((p) => p.name);
const components = inject('components').filter((c) => c.required.includes('data'));
const dir = join(consumer, 'types');

type Diagnostic = { file: string | null; line: number | null; code: number; message: string };
type Bad = { file: string; line: number; codes: number[]; what: string };

const header = (names: string[]) =>
  [
    `import { dataset } from '@parklinks/data/dataset';`,
    names.length ? `import { ${names.join(', ')} } from '@parklinks/react';` : '',
  ].join('\n');

function goodFiles() {
  const charts = components.filter((c) => c.pkg === '@parklinks/react');
  const use = (c: (typeof components)[number]) => {
    const attrs = ['data={dataset}'];
    if (c.props.includes('locale')) attrs.push('locale="ar"');
    if (c.props.includes('theme')) attrs.push('theme="dark"');
    if (c.props.includes('width')) attrs.push('width={960}');
    if (c.props.includes('height')) attrs.push('height={540}');
    if (c.props.includes('onSelect')) attrs.push('onSelect={(id) => console.log(id)}');
    // PartnershipMapBase has no built-in world: the consumer brings one (here the package's own).
    if (c.required.includes('basemap')) attrs.push('basemap={worldBasemap}');
    return `  <${c.name} ${attrs.join(' ')} />,`;
  };
  const esm = `${packages.map((p, i) => `import * as pkg${i} from '${p}';`).join('\n')}
import { type Dataset, filterDataset, localize, type ValidationIssue } from '@parklinks/data';
import { dataset, getOrganization, type OrganizationId } from '@parklinks/data/dataset';
import { validateDataset } from '@parklinks/data/schema';
import { loadDatasetDir } from '@parklinks/data/node';
${charts.length ? `import { ${charts.map((c) => c.name).join(', ')}, worldBasemap } from '@parklinks/react';` : ''}
import { PartnershipMapBase as MapFromEntry } from '@parklinks/react/map';
import { PartnershipTimeline as TimelineFromEntry } from '@parklinks/react/timeline';

export const modules = [${packages.map((_, i) => `pkg${i}`).join(', ')}];
const id: OrganizationId = 'zgc-group';
export const name: string = localize(getOrganization(id).name, 'en');
export const issues: ValidationIssue[] = validateDataset(JSON.parse('{}'));
export const subset: Dataset = filterDataset(dataset, {});
export const loaded = loadDatasetDir('data');
export const elements = [
${charts.map(use).join('\n')}
  <MapFromEntry data={dataset} basemap={{ type: 'FeatureCollection', features: [] }} />,
  <TimelineFromEntry data={dataset} locale="fr" />,
];
`;
  writeFileSync(join(dir, 'good.tsx'), esm);
  writeFileSync(
    join(dir, 'json.ts'),
    `import data from '@parklinks/data/dataset.json';
import schema from '@parklinks/data/schema.json';
export const n: number = data.partnerships.length;
export const s: string = schema.$schema;
`,
  );
  writeFileSync(
    join(dir, 'good-cjs.cts'),
    `import data = require('@parklinks/data/dataset');
import react = require('@parklinks/react');
export const name: string = data.getOrganization('zgc-group').name.en;
export const components = [${charts.map((c) => `react.${c.name}`).join(', ')}];
`,
  );
}

function badFiles(): Bad[] {
  const bad: Bad[] = [];
  const add = (file: string, body: string, codes: number[], what: string, names: string[] = []) => {
    const text = `${header(names)}\n${body}\n`;
    writeFileSync(join(dir, file), text);
    bad.push({ file: `types/${file}`, line: text.trimEnd().split('\n').length, codes, what });
  };
  add(
    'bad-org-id.ts',
    `import { getOrganization } from '@parklinks/data/dataset';\ngetOrganization('zgc-grup');`,
    [2345],
    "getOrganization('zgc-grup')",
  );
  add(
    'bad-partnership-id.ts',
    `import { getPartnership } from '@parklinks/data/dataset';\ngetPartnership('no-such-partnership');`,
    [2345],
    'a misspelt partnership id',
  );
  for (const c of components.filter((x) => x.pkg === '@parklinks/react')) {
    const el = (attrs: string) => `export const el = <${c.name} ${attrs} />;`;
    add(`bad-${c.name}-data.tsx`, el('data={42}'), [2322], `<${c.name} data={42}>`, [c.name]);
    add(`bad-${c.name}-unknown.tsx`, el('data={dataset} colour="red"'), [2322], `<${c.name} colour="red">`, [c.name]);
    add(`bad-${c.name}-missing.tsx`, `export const el = <${c.name} />;`, [2741], `<${c.name}> without data`, [c.name]);
    if (c.props.includes('locale'))
      add(`bad-${c.name}-locale.tsx`, el('data={dataset} locale="de"'), [2322], `<${c.name} locale="de">`, [c.name]);
    if (c.props.includes('width'))
      add(`bad-${c.name}-width.tsx`, el('data={dataset} width="wide"'), [2322], `<${c.name} width="wide">`, [c.name]);
  }
  return bad;
}

const strict = {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noImplicitOverride: true,
  skipLibCheck: false,
  noEmit: true,
  jsx: 'react-jsx',
  target: 'es2022',
  lib: ['es2023', 'dom'],
  types: [],
};
const configs = {
  bundler: { ...strict, module: 'esnext', moduleResolution: 'bundler', resolveJsonModule: true },
  node16: { ...strict, module: 'node16', moduleResolution: 'node16' },
};

let diagnostics: Record<string, Diagnostic[]>;
let bad: Bad[] = [];

beforeAll(() => {
  mkdirSync(dir, { recursive: true });
  goodFiles();
  bad = badFiles();
  const files = bad.map((b) => b.file);
  writeFileSync(
    join(consumer, 'tsconfig.bundler.json'),
    JSON.stringify({ compilerOptions: configs.bundler, files: ['types/good.tsx', 'types/json.ts', ...files] }),
  );
  writeFileSync(
    join(consumer, 'tsconfig.node16.json'),
    JSON.stringify({ compilerOptions: configs.node16, files: ['types/good.tsx', 'types/good-cjs.cts', ...files] }),
  );
  const r = run(process.execPath, ['typecheck.mjs', 'tsconfig.bundler.json', 'tsconfig.node16.json'], consumer);
  expect(r.status, output(r)).toBe(0);
  diagnostics = JSON.parse(r.stdout);
});

const show = (ds: Diagnostic[]) => ds.map((d) => `${d.file}:${d.line} TS${d.code} ${d.message}`);

describe.each(['bundler', 'node16'])('moduleResolution %s', (resolution) => {
  test('the correct consumer type-checks with no error, in its own files or in the packages’ .d.ts', () => {
    const all = diagnostics[`tsconfig.${resolution}.json`]!;
    expect(show(all.filter((d) => !bad.some((b) => b.file === d.file)))).toEqual([]);
  });
  test('every wrong use fails to compile, at the wrong line, with the expected error', () => {
    const all = diagnostics[`tsconfig.${resolution}.json`]!;
    expect(bad.length).toBeGreaterThanOrEqual(2);
    for (const b of bad) {
      const mine = all.filter((d) => d.file === b.file);
      expect.soft(mine.length, `${b.what} compiled without error`).toBeGreaterThan(0);
      expect.soft(show(mine.filter((d) => d.line !== b.line || !b.codes.includes(d.code))), b.what).toEqual([]);
    }
  });
});
