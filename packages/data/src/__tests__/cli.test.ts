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

// Broken files a fuzz run fed to `validate` (issue 17): each must give a short, located error, never a stack.
describe('parklinks-data validate on broken files', () => {
  const withFile = (name: string, content: string | Buffer) => {
    const dir = writeDir();
    writeFileSync(join(dir, name), content);
    return dir;
  };
  const lines = (s: string) => s.split('\n').filter(Boolean);

  it('reports a YAML alias bomb as an error in the file instead of throwing', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    const r = capture(['validate', withFile('sources.yaml', `${levels.join('\n')}\n`)]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/sources\.yaml \(file\): YAML: .*alias/i);
    expect(r.err).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });

  it('refuses a file that is not UTF-8 or holds a NUL, naming the file and the line', () => {
    const utf16 = capture(['validate', withFile('sources.yaml', Buffer.from([0xff, 0xfe, 0x2d, 0x00, 0x20, 0x00]))]);
    expect(utf16.code).toBe(1);
    expect(utf16.err).toMatch(/sources\.yaml:1 \(file\): not valid UTF-8/);
    const good = readFileSync(join(writeDir(), 'organizations.yaml'));
    const at = good.indexOf('\n', good.indexOf('\n') + 1) + 1; // start of line 3
    const bad = Buffer.concat([good.subarray(0, at + 4), Buffer.from([0xc3, 0x28]), good.subarray(at + 4)]);
    expect(capture(['validate', withFile('organizations.yaml', bad)]).err).toMatch(
      /organizations\.yaml:3 \(file\): not valid UTF-8/,
    );
    const nul = capture(['validate', withFile('partnerships.yaml', `- id: a\n  kind: memo\u0000randum\n`)]);
    expect(nul.code).toBe(1);
    expect(nul.err).toMatch(/partnerships\.yaml:2 \(file\): .*NUL/);
  });

  it('labels file-level errors as such, not as partnerships[0]', () => {
    const r = capture(['validate', withFile('partnerships.yaml', 'id: not-a-list\n')]);
    expect(r.err).toMatch(/partnerships\.yaml \(file\): file must hold a YAML list of records/);
    expect(r.err).not.toMatch(/partnerships\[0\]/);
  });

  it('keeps a tab in the indentation to a few lines, saying how many more there are', () => {
    const dir = writeDir();
    const path = join(dir, 'partnerships.yaml');
    const text = readFileSync(path, 'utf8').split('\n');
    const target = text.findIndex((l, i) => i > 0 && l.startsWith('  '));
    text[target] = `\t${text[target]!.slice(2)}`;
    writeFileSync(path, text.join('\n'));
    const r = capture(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`partnerships\\.yaml:${target + 1} \\(file\\): YAML: `));
    expect(lines(r.err).length).toBeLessThanOrEqual(10);
    expect(r.err).toMatch(/and \d+ more YAML errors/);
  });

  it('caps a long list of problems and says how many more there are', () => {
    const dir = writeDir((d) => {
      for (let i = 0; i < 200; i++)
        d.organizations.push({ ...structuredClone(d.organizations[0]!), id: `copy-${i}`, country: 'XX' });
    });
    const r = capture(['validate', dir]);
    expect(r.code).toBe(1);
    expect(lines(r.err).length).toBeLessThanOrEqual(60);
    expect(r.err).toMatch(/… and \d+ more/);
    expect(r.err).toMatch(/\d{3} problems in /);
  });

  it('says an empty file is empty instead of listing every citation of it as unknown', () => {
    for (const empty of ['', '\n\n', '# nothing yet\n']) {
      const r = capture(['validate', withFile('sources.yaml', empty)]);
      expect(r.code).toBe(1);
      expect(lines(r.err)[0]).toMatch(/sources\.yaml \(file\): file is empty/);
      expect(r.err).not.toMatch(/unknown source/);
    }
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
