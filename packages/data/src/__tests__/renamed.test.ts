import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getPartnership, resolvePartnershipId } from '../builtin.js';
import { renamedPartnershipIds } from '../generated/renamed.js';

const pkg = fileURLToPath(new URL('../..', import.meta.url));
const root = join(pkg, '..', '..');

describe('renamed partnership ids (data/renamed.yaml)', () => {
  it('an old id still finds the record under its new id', () => {
    const old = 'guangzhou-knowledge-city-groundbreaking-2011';
    expect(renamedPartnershipIds[old]).toBe('guangzhou-knowledge-city-groundbreaking-2010');
    expect(getPartnership(old).id).toBe('guangzhou-knowledge-city-groundbreaking-2010');
    expect(getPartnership(old).date).toMatchObject({ value: '2010-06-30', basis: 'signed' });
    expect(resolvePartnershipId(old)).toBe('guangzhou-knowledge-city-groundbreaking-2010');
    expect(resolvePartnershipId('moscow-shenzhen-2024')).toBe('moscow-shenzhen-2024');
    expect(resolvePartnershipId('no-such-record')).toBeUndefined();
  });

  it('the build fails when an old id is still in use or the new one does not exist, naming file and line', () => {
    // A copy of the repository's data folder and generator, so the real files stay untouched.
    const work = mkdtempSync(join(tmpdir(), 'parklinks-renamed-'));
    cpSync(join(root, 'data'), join(work, 'data'), { recursive: true });
    cpSync(join(pkg, 'scripts'), join(work, 'packages', 'data', 'scripts'), { recursive: true });
    cpSync(join(pkg, 'src'), join(work, 'packages', 'data', 'src'), { recursive: true });
    const yaml = readFileSync(join(work, 'data', 'renamed.yaml'), 'utf8');
    writeFileSync(join(work, 'data', 'renamed.yaml'), `${yaml}moscow-shenzhen-2024: no-such-record\n`);
    const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const r = spawnSync(process.execPath, [tsx, join(work, 'packages', 'data', 'scripts', 'generate.ts'), '--check'], {
      encoding: 'utf8',
      env: { ...process.env, NODE_PATH: join(pkg, 'node_modules') },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/data\/renamed\.yaml:4 moscow-shenzhen-2024: the old id is still a partnership's id/);
  });
});
