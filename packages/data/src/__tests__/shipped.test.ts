import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataset } from '../generated/dataset.js';
import { loadDatasetDir } from '../node/loadDatasetDir.js';
import { formatIssue } from '../validate/index.js';

const root = fileURLToPath(new URL('../../../..', import.meta.url));

describe('the shipped data set', () => {
  it('passes every schema and integrity check, warnings included', () => {
    const { issues } = loadDatasetDir(`${root}data`, root);
    expect(issues.map(formatIssue)).toEqual([]);
  });
  it('is what the generated module and the README coverage tables say (no drift)', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generate.ts', '--check'], {
      cwd: `${root}packages/data`,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
  it('cites a source for every partnership and locates every organization', () => {
    expect(dataset.partnerships.length).toBeGreaterThan(0);
    expect(dataset.partnerships.every((p) => p.sources.length > 0)).toBe(true);
    expect(dataset.organizations.every((o) => Number.isFinite(o.location.lon) && Number.isFinite(o.location.lat))).toBe(
      true,
    );
  });
});
