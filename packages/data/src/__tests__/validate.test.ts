import { describe, expect, it } from 'vitest';
import type { Dataset } from '../schema/dataset.js';
import { assertValidDataset, DatasetValidationError, validateDataset } from '../validate/index.js';
import { fixture } from './fixture.js';

type Mutable = {
  organizations: Record<string, unknown>[];
  partnerships: Record<string, unknown>[];
  sources: Record<string, unknown>[];
};
const broken = (edit: (d: Mutable) => void) => {
  const d = structuredClone(fixture()) as unknown as Mutable;
  edit(d);
  return d as unknown as Dataset;
};
const where = (d: Dataset) => validateDataset(d).map((i) => `${i.collection}/${i.id ?? i.index}/${i.field}`);

describe('validateDataset', () => {
  it('accepts the fixture', () => {
    expect(validateDataset(fixture())).toEqual([]);
  });

  // Each case breaks one thing and names the record and field that must be reported.
  const cases: [string, (d: Mutable) => void, string][] = [
    [
      'missing English name',
      (d) => {
        d.organizations[0]!.name = { ru: 'Москва' };
      },
      'organizations/moscow-city/name.en',
    ],
    [
      'unknown organization kind',
      (d) => {
        d.organizations[2]!.kind = 'tech-park';
      },
      'organizations/zgc/kind',
    ],
    [
      'invalid ISO country',
      (d) => {
        d.organizations[2]!.country = 'XX';
      },
      'organizations/zgc/country',
    ],
    [
      'lower-case country',
      (d) => {
        d.organizations[2]!.country = 'cn';
      },
      'organizations/zgc/country',
    ],
    [
      'latitude out of range',
      (d) => {
        d.organizations[3]!.location = { lon: 7, lat: 95, precision: 'site' };
      },
      'organizations/sophia/location.lat',
    ],
    [
      'longitude out of range',
      (d) => {
        d.organizations[3]!.location = { lon: 181, lat: 43, precision: 'site' };
      },
      'organizations/sophia/location.lon',
    ],
    [
      'id not kebab-case',
      (d) => {
        d.organizations[3]!.id = 'Sophia_Antipolis';
      },
      'organizations/Sophia_Antipolis/id',
    ],
    [
      'precision disagrees with value',
      (d) => {
        d.partnerships[0]!.date = { value: '2020-09', precision: 'day', basis: 'signed' };
      },
      'partnerships/mic-zgc/date.precision',
    ],
    [
      'impossible calendar day',
      (d) => {
        d.partnerships[0]!.date = { value: '2021-02-30', precision: 'day', basis: 'signed' };
      },
      'partnerships/mic-zgc/date.value',
    ],
    [
      'unknown date basis',
      (d) => {
        d.partnerships[0]!.date = { value: '2020', precision: 'year', basis: 'guessed' };
      },
      'partnerships/mic-zgc/date.basis',
    ],
    [
      'only one party',
      (d) => {
        d.partnerships[0]!.parties = [{ org: 'mic' }];
      },
      'partnerships/mic-zgc/parties',
    ],
    [
      'no source',
      (d) => {
        d.partnerships[0]!.sources = [];
      },
      'partnerships/mic-zgc/sources',
    ],
    [
      'unknown currency',
      (d) => {
        d.partnerships[1]!.amounts = [{ value: 5, currency: 'YUAN', what: 'x' }];
      },
      'partnerships/alliance/amounts.0.currency',
    ],
    [
      'unnamed party without country',
      (d) => {
        d.partnerships[1]!.parties = [{ org: 'zgc' }, { unnamed: { kind: 'science-park' } }];
      },
      'partnerships/alliance/parties.1.unnamed.country',
    ],
    [
      'unknown field (typo)',
      (d) => {
        d.partnerships[0]!.sumary = 'x';
      },
      'partnerships/mic-zgc/sumary',
    ],
    [
      'non-http source URL',
      (d) => {
        d.sources[0]!.url = 'javascript:alert(1)';
      },
      'sources/s1/url',
    ],
    [
      'reference to a missing organization',
      (d) => {
        d.partnerships[0]!.parties = [{ org: 'mic' }, { org: 'zgc-grup' }];
      },
      'partnerships/mic-zgc/parties.1.org',
    ],
    [
      'reference to a missing source',
      (d) => {
        d.partnerships[0]!.sources = ['s9'];
      },
      'partnerships/mic-zgc/sources.0',
    ],
    [
      'signatory of a non-party',
      (d) => {
        (d.partnerships[0]!.signatories as { party: string }[])[0]!.party = 'sophia';
      },
      'partnerships/mic-zgc/signatories.0.party',
    ],
    [
      'duplicate id',
      (d) => {
        d.sources[1]!.id = 's1';
      },
      'sources/s1/id',
    ],
    [
      'unknown parent',
      (d) => {
        d.organizations[1]!.parent = 'nowhere';
      },
      'organizations/mic/parent',
    ],
    [
      'parent cycle',
      (d) => {
        d.organizations[0]!.parent = 'mic';
      },
      'organizations/moscow-city/parent',
    ],
  ];
  it.each(cases)('rejects %s, naming the field', (_, edit, expected) => {
    const d = broken(edit);
    expect(where(d)).toContain(expected);
    expect(validateDataset(d).some((i) => i.severity === 'error')).toBe(true);
  });

  const warnings: [string, (d: Mutable) => void, string][] = [
    [
      'an organization no partnership uses',
      (d) => {
        d.organizations.push({ ...d.organizations[3]!, id: 'lonely', name: { en: 'Lonely' } });
      },
      'organizations/lonely/id',
    ],
    [
      'a source no record cites',
      (d) => {
        d.sources.push({ ...d.sources[0]!, id: 'unused' });
      },
      'sources/unused/id',
    ],
    [
      'two organizations with the same name and city',
      (d) => {
        d.organizations.push({ ...d.organizations[1]!, id: 'mic-2' });
        d.partnerships[2]!.parties = [{ org: 'mic-2' }, { org: 'zgc' }];
      },
      'organizations/mic-2/name.en',
    ],
    [
      'a date later than its source',
      (d) => {
        d.partnerships[0]!.date = { value: '2020-10', precision: 'month', basis: 'signed' };
      },
      'partnerships/mic-zgc/date.value',
    ],
  ];
  it.each(warnings)('warns about %s', (_, edit, expected) => {
    const issues = validateDataset(broken(edit));
    expect(issues.map((i) => `${i.collection}/${i.id}/${i.field}`)).toContain(expected);
    expect(issues.every((i) => i.severity === 'warning')).toBe(true);
  });

  it('counts a parent that no partnership names as used', () => {
    expect(validateDataset(fixture()).filter((i) => i.id === 'moscow-city')).toEqual([]);
  });

  it('reports every problem at once', () => {
    const d = broken((x) => {
      x.organizations[2]!.country = 'XX';
      x.partnerships[0]!.sources = [];
      x.sources[0]!.language = 'English';
    });
    expect(validateDataset(d)).toHaveLength(3);
  });

  it('assertValidDataset throws one error listing them all', () => {
    const d = broken((x) => {
      x.organizations[2]!.country = 'XX';
      x.partnerships[0]!.sources = [];
    });
    expect(() => assertValidDataset(d)).toThrow(DatasetValidationError);
    expect(() => assertValidDataset(d)).toThrow(/zgc › country[\s\S]*mic-zgc › sources/);
  });
});
