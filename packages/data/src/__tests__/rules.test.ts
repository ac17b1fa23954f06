// The evidence rules of issue 16, each broken by one record: validateDataset names the record and field, and the
// CLI (what `pnpm build` runs through loadDatasetDir) fails naming file, line, record and field.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { main } from '../cli.js';
import type { Dataset } from '../schema/dataset.js';
import { checkDataset } from '../validate/checkDataset.js';
import { computedConfidence } from '../validate/rules.js';
import { formatIssue } from '../validate/types.js';
import { validateDataset } from '../validate/validateDataset.js';
import { fixture } from './fixture.js';

type P = Dataset['partnerships'][number];
const broken: Record<string, { edit: (d: Dataset) => void; record: string; field: string; message: RegExp }> = {
  'evidence keys = sources': {
    edit: (d) => {
      (d.partnerships[1] as P).evidence = {};
    },
    record: 'alliance',
    field: 'evidence',
    message: /no entry for source "s2"/,
  },
  'R1 confidence above its evidence (one press source, declared confirmed)': {
    edit: (d) => {
      d.partnerships[1]!.confidence = 'confirmed';
    },
    record: 'alliance',
    field: 'confidence',
    message: /R1: declared "confirmed" but the evidence gives "single-source"/,
  },
  'R1 confidence below its evidence (a primary source reports it, declared single-source)': {
    edit: (d) => {
      d.partnerships[0]!.confidence = 'single-source';
    },
    record: 'mic-zgc',
    field: 'confidence',
    message: /R1: declared "single-source" but the evidence gives "confirmed"/,
  },
  'R2 a reported date later than a source that dates the event': {
    edit: (d) => {
      const p = d.partnerships[0] as P;
      p.date = { value: '2021-03', precision: 'month', basis: 'reported' };
    },
    record: 'mic-zgc',
    field: 'date.value',
    message: /R2: reported date 2021-03 is later than source "s1" \(published 2020-09-21\)/,
  },
  'R3 signatories left out where a source names them': {
    edit: (d) => {
      d.partnerships[0]!.signatories = [];
    },
    record: 'mic-zgc',
    field: 'signatories',
    message: /R3: is empty, but source "s1" names the signatories/,
  },
};

describe('evidence rules', () => {
  it('the fixture, with evidence on every record, is valid', () => {
    expect(validateDataset(fixture(), { requireEvidence: true }).map(formatIssue)).toEqual([]);
  });

  for (const [rule, b] of Object.entries(broken))
    it(`${rule}: one issue naming ${b.record} › ${b.field}; the CLI fails with file and line`, () => {
      const d = fixture();
      b.edit(d);
      const issues = validateDataset(d).filter((i) => i.severity === 'error');
      expect(issues.map((i) => [i.id, i.field])).toEqual([[b.record, b.field]]);
      expect(issues[0]!.message).toMatch(b.message);
      // The render-path check leaves editorial rules to validateDataset: it accepts the record.
      expect(checkDataset(d)).toEqual([]);

      const dir = mkdtempSync(join(tmpdir(), 'parklinks-rules-'));
      for (const k of ['organizations', 'partnerships', 'sources'] as const)
        writeFileSync(join(dir, `${k}.yaml`), stringify(d[k]));
      let err = '';
      const code = main(
        ['validate', dir],
        () => {},
        (s) => {
          err += s;
        },
      );
      expect(code).toBe(1);
      expect(err).toMatch(new RegExp(`partnerships\\.yaml:\\d+ ${b.record} › ${b.field.replace('.', '\\.')}: `));
    });

  it('requires evidence on every partnership when asked (the data folder)', () => {
    const d = fixture();
    delete (d.partnerships[2] as P).evidence;
    expect(validateDataset(d).filter((i) => i.severity === 'error')).toEqual([]);
    const issues = validateDataset(d, { requireEvidence: true });
    expect(issues.map((i) => `${i.id} › ${i.field}`)).toEqual([`${d.partnerships[2]!.id} › evidence`]);
  });

  it('mirrors never make a second publisher; two press publishers do', () => {
    const sources = new Map([
      ['a', { publisher: 'Xinhua', published: null, reliability: 'press' }],
      ['b', { publisher: 'xinhua ', published: null, reliability: 'press' }],
      ['c', { publisher: 'Copycat', published: null, reliability: 'mirror' }],
      ['d', { publisher: 'TASS', published: null, reliability: 'press' }],
    ]);
    const conf = (ids: string[]) =>
      computedConfidence({ sources: ids, evidence: Object.fromEntries(ids.map((i) => [i, ['agreement']])) }, sources);
    expect(conf(['a', 'b'])).toBe('single-source');
    expect(conf(['a', 'c'])).toBe('single-source');
    expect(conf(['c'])).toBe('secondary-only');
    expect(conf(['a', 'd'])).toBe('confirmed');
  });
});
