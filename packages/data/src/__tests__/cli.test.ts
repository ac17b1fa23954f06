import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { main } from '../cli.js';
import { fixture } from './fixture.js';

const pkg = fileURLToPath(new URL('../..', import.meta.url));
const writeDir = (edit?: (d: ReturnType<typeof fixture>) => void) => {
  const d = fixture();
  edit?.(d);
  const dir = mkdtempSync(join(tmpdir(), 'parklinks-data-'));
  for (const k of ['organizations', 'partnerships', 'sources'] as const)
    writeFileSync(join(dir, `${k}.yaml`), stringify(d[k]));
  return dir;
};
const capture = (argv: string[]) => {
  let out = '';
  let err = '';
  const code = main(
    argv,
    (s) => {
      out += s;
    },
    (s) => {
      err += s;
    },
  );
  return { code, out, err };
};

describe('parklinks-data validate', () => {
  it('exits 0 and prints the counts for valid records', () => {
    const r = capture(['validate', writeDir()]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/4 organizations, 3 partnerships, 2 sources — valid/);
  });
  it('exits 1 listing every problem with file, line, id and field', () => {
    const dir = writeDir((d) => {
      d.organizations[2]!.country = 'XX';
      d.partnerships[0]!.date = { value: '2020-09', precision: 'day', basis: 'signed' };
    });
    const r = capture(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/organizations\.yaml:\d+ zgc › country: must be an ISO 3166-1 alpha-2/);
    expect(r.err).toMatch(/partnerships\.yaml:\d+ mic-zgc › date\.precision: precision does not match/);
    expect(r.err).toMatch(/2 problems/);
  });
  it('points at the line of the bad field', () => {
    const dir = writeDir((d) => {
      d.organizations[2]!.country = 'XX';
    });
    const line = Number(capture(['validate', dir]).err.match(/organizations\.yaml:(\d+) zgc/)?.[1]);
    expect(readFileSync(join(dir, 'organizations.yaml'), 'utf8').split('\n')[line - 1]).toMatch(/country: XX/);
  });
  it('fails on warnings unless --allow-warnings', () => {
    const dir = writeDir((d) => {
      d.sources.push({ ...d.sources[0]!, id: 'unused' });
    });
    expect(capture(['validate', dir]).code).toBe(1);
    expect(capture(['validate', dir, '--allow-warnings']).code).toBe(0);
  });
  it('reports a missing directory instead of crashing', () => {
    const r = capture(['validate', '/nonexistent/parklinks']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cannot read .*organizations\.yaml/);
  });
});

describe('parklinks-data export', () => {
  it('writes JSON, CSV and the JSON Schema', () => {
    const dir = writeDir();
    const json = JSON.parse(capture(['export', '--format', 'json', '--dir', dir]).out);
    expect(json.partnerships).toHaveLength(3);
    const csv = capture(['export', '--format', 'csv', '--dir', dir]).out.split('\r\n');
    expect(csv[0]).toMatch(/^id,kind,title_en,date,date_precision/);
    expect(csv).toHaveLength(5);
    const schema = JSON.parse(capture(['export', '--format', 'schema']).out);
    expect(schema.$schema).toMatch(/2020-12/);
    expect(schema.properties.partnerships.items.properties.date.description).toMatch(/never guessed/);
  });
  it('exits 2 with usage on a bad format or command', () => {
    expect(capture(['export', '--format', 'xml']).code).toBe(2);
    expect(capture(['frobnicate']).err).toMatch(/unknown command/);
    expect(capture([]).code).toBe(2);
  });
});

// The bin's source run as a process (through tsx), so this needs no dist/ from an earlier build; the packaging
// tier runs the built bin from the installed tarball.
describe('the bin', () => {
  it('runs as a process and returns the exit code', () => {
    const tsx = join(pkg, '..', '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const bin = [tsx, join(pkg, 'src', 'bin.ts')];
    const ok = spawnSync(process.execPath, [...bin, 'validate', writeDir()], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    const bad = spawnSync(
      process.execPath,
      [
        ...bin,
        'validate',
        writeDir((d) => {
          d.partnerships[0]!.sources = [];
        }),
      ],
      { encoding: 'utf8' },
    );
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/mic-zgc › sources: needs at least one source/);
  });
});
