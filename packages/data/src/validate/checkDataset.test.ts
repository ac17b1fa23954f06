import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixture } from '../__tests__/fixture.js';
import { dataset } from '../generated/dataset.js';
import type { Dataset } from '../schema/dataset.js';
import { syntheticDataset } from '../synthetic.js';
import { checkDataset, formatIssue, type ValidationIssue, validateDataset } from './index.js';

type Rec = Record<string, unknown>;
type Mutable = { organizations: Rec[]; partnerships: Rec[]; sources: Rec[] };
const broken = (edit: (d: Mutable) => void, base: Dataset = fixture()) => {
  const d = structuredClone(base) as unknown as Mutable;
  edit(d);
  return d as unknown as Dataset;
};
const where = (issues: ValidationIssue[]) => issues.map((i) => `${i.collection}/${i.id ?? i.index}/${i.field}`);
const errors = (d: unknown) => validateDataset(d).filter((i) => i.severity === 'error');

describe('checkDataset', () => {
  it('accepts the fixture, the built-in data set and synthetic ones', () => {
    expect(checkDataset(fixture())).toEqual([]);
    expect(checkDataset(dataset)).toEqual([]);
    expect(checkDataset(syntheticDataset({ parks: 300, links: 900, seed: 7 }))).toEqual([]);
  });

  // One corruption per field family; both checks must name the same record and field.
  const cases: [string, (d: Mutable) => void, string][] = [
    [
      'a list that is not a list',
      (d) => {
        d.sources = {} as never;
      },
      'sources/0/sources',
    ],
    [
      'a record that is not an object',
      (d) => {
        d.organizations[1] = null as never;
      },
      'organizations/1/',
    ],
    [
      'an id not in kebab-case',
      (d) => {
        d.organizations[3]!.id = 'Sophia_Antipolis';
      },
      'organizations/Sophia_Antipolis/id',
    ],
    [
      'a missing id',
      (d) => {
        delete d.partnerships[2]!.id;
      },
      'partnerships/2/id',
    ],
    [
      'a duplicate id',
      (d) => {
        d.sources[1]!.id = 's1';
      },
      'sources/s1/id',
    ],
    [
      'an unknown organization kind',
      (d) => {
        d.organizations[2]!.kind = 'tech-park';
      },
      'organizations/zgc/kind',
    ],
    [
      'a missing English name',
      (d) => {
        d.organizations[0]!.name = { ru: 'Москва' };
      },
      'organizations/moscow-city/name.en',
    ],
    [
      'a blank translated name',
      (d) => {
        d.organizations[2]!.name = { en: 'ZGC', zh: ' ' };
      },
      'organizations/zgc/name.zh',
    ],
    [
      'a city that is a string',
      (d) => {
        d.organizations[2]!.city = 'Beijing';
      },
      'organizations/zgc/city',
    ],
    [
      'an empty short name',
      (d) => {
        d.organizations[2]!.shortName = '';
      },
      'organizations/zgc/shortName',
    ],
    [
      'an unknown country',
      (d) => {
        d.organizations[2]!.country = 'XX';
      },
      'organizations/zgc/country',
    ],
    [
      'a lower-case country',
      (d) => {
        d.organizations[2]!.country = 'cn';
      },
      'organizations/zgc/country',
    ],
    [
      'a missing location',
      (d) => {
        delete d.organizations[3]!.location;
      },
      'organizations/sophia/location',
    ],
    [
      'a latitude out of range',
      (d) => {
        d.organizations[3]!.location = { lon: 7, lat: 95, precision: 'site' };
      },
      'organizations/sophia/location.lat',
    ],
    [
      'a longitude that is a string',
      (d) => {
        d.organizations[3]!.location = { lon: '7', lat: 43, precision: 'site' };
      },
      'organizations/sophia/location.lon',
    ],
    [
      'an unknown location precision',
      (d) => {
        d.organizations[3]!.location = { lon: 7, lat: 43, precision: 'street' };
      },
      'organizations/sophia/location.precision',
    ],
    [
      'an unknown parent',
      (d) => {
        d.organizations[1]!.parent = 'nowhere';
      },
      'organizations/mic/parent',
    ],
    [
      'an organization source that does not exist',
      (d) => {
        d.organizations[1]!.sources = ['s9'];
      },
      'organizations/mic/sources.0',
    ],
    [
      'an unknown partnership kind',
      (d) => {
        d.partnerships[0]!.kind = 'treaty';
      },
      'partnerships/mic-zgc/kind',
    ],
    [
      'a title without English',
      (d) => {
        d.partnerships[0]!.title = { fr: 'Accord' };
      },
      'partnerships/mic-zgc/title.en',
    ],
    [
      'a blank summary',
      (d) => {
        d.partnerships[0]!.summary = { en: '  ' };
      },
      'partnerships/mic-zgc/summary.en',
    ],
    [
      'only one party',
      (d) => {
        d.partnerships[0]!.parties = [{ org: 'mic' }];
      },
      'partnerships/mic-zgc/parties',
    ],
    [
      'a party that is a string',
      (d) => {
        d.partnerships[0]!.parties = ['mic', { org: 'zgc' }];
      },
      'partnerships/mic-zgc/parties.0',
    ],
    [
      'a party naming a missing organization',
      (d) => {
        d.partnerships[0]!.parties = [{ org: 'mic' }, { org: 'zgc-grup' }];
      },
      'partnerships/mic-zgc/parties.1.org',
    ],
    [
      'a party listed twice',
      (d) => {
        d.partnerships[0]!.parties = [{ org: 'mic' }, { org: 'zgc' }, { org: 'mic' }];
      },
      'partnerships/mic-zgc/parties.2.org',
    ],
    [
      'an unknown party role',
      (d) => {
        d.partnerships[0]!.parties = [{ org: 'mic', role: 'host' }, { org: 'zgc' }];
      },
      'partnerships/mic-zgc/parties.0.role',
    ],
    [
      'two conveners',
      (d) => {
        d.partnerships[0]!.parties = [
          { org: 'mic', role: 'convener' },
          { org: 'zgc', role: 'convener' },
        ];
      },
      'partnerships/mic-zgc/parties',
    ],
    [
      'unnamed parties without a country',
      (d) => {
        d.partnerships[1]!.parties = [{ org: 'zgc' }, { unnamed: { kind: 'science-park' } }];
      },
      'partnerships/alliance/parties.1.unnamed.country',
    ],
    [
      'unnamed parties of an unknown kind',
      (d) => {
        d.partnerships[1]!.parties = [{ org: 'zgc' }, { unnamed: { country: 'DE', kind: 'castle' } }];
      },
      'partnerships/alliance/parties.1.unnamed.kind',
    ],
    [
      'a count of no parties',
      (d) => {
        d.partnerships[1]!.parties = [{ org: 'zgc' }, { unnamed: { country: 'DE', count: 0 } }];
      },
      'partnerships/alliance/parties.1.unnamed.count',
    ],
    [
      'a missing date',
      (d) => {
        delete d.partnerships[0]!.date;
      },
      'partnerships/mic-zgc/date',
    ],
    [
      'a date in another format',
      (d) => {
        d.partnerships[0]!.date = { value: '18.09.2020', precision: 'day', basis: 'signed' };
      },
      'partnerships/mic-zgc/date.value',
    ],
    [
      'an impossible calendar day',
      (d) => {
        d.partnerships[0]!.date = { value: '2021-02-29', precision: 'day', basis: 'signed' };
      },
      'partnerships/mic-zgc/date.value',
    ],
    [
      'a year before 1900 (which Date.UTC would read as 1950)',
      (d) => {
        d.partnerships[0]!.date = { value: '0050-06-15', precision: 'day', basis: 'signed' };
      },
      'partnerships/mic-zgc/date.value',
    ],
    [
      'a source published in year 0099',
      (d) => {
        d.sources[0]!.published = '0099';
      },
      'sources/s1/published',
    ],
    [
      'a hole in the list of partnerships',
      (d) => {
        delete d.partnerships[1];
      },
      'partnerships/1/',
    ],
    [
      'a hole at the end of the list of sources',
      (d) => {
        d.sources.length += 1;
      },
      `sources/${fixture().sources.length}/`,
    ],
    [
      'a precision that disagrees with the value',
      (d) => {
        d.partnerships[0]!.date = { value: '2020-09', precision: 'day', basis: 'signed' };
      },
      'partnerships/mic-zgc/date.precision',
    ],
    [
      'an unknown date basis',
      (d) => {
        d.partnerships[0]!.date = { value: '2020', precision: 'year', basis: 'guessed' };
      },
      'partnerships/mic-zgc/date.basis',
    ],
    [
      'a place in no country',
      (d) => {
        d.partnerships[0]!.place = { city: 'Moscow' };
      },
      'partnerships/mic-zgc/place.country',
    ],
    [
      'signatories that are not a list',
      (d) => {
        d.partnerships[0]!.signatories = null;
      },
      'partnerships/mic-zgc/signatories',
    ],
    [
      'no topic',
      (d) => {
        d.partnerships[0]!.topics = [];
      },
      'partnerships/mic-zgc/topics',
    ],
    [
      'an unknown topic',
      (d) => {
        d.partnerships[0]!.topics = ['research', 'space'];
      },
      'partnerships/mic-zgc/topics.1',
    ],
    [
      'amounts that are missing',
      (d) => {
        delete d.partnerships[0]!.amounts;
      },
      'partnerships/mic-zgc/amounts',
    ],
    [
      'a fractional agreement count',
      (d) => {
        d.partnerships[1]!.agreements = 2.5;
      },
      'partnerships/alliance/agreements',
    ],
    [
      'no source',
      (d) => {
        d.partnerships[0]!.sources = [];
      },
      'partnerships/mic-zgc/sources',
    ],
    [
      'a source that does not exist',
      (d) => {
        d.partnerships[0]!.sources = ['s9'];
      },
      'partnerships/mic-zgc/sources.0',
    ],
    [
      'an unknown confidence',
      (d) => {
        d.partnerships[0]!.confidence = 'sure';
      },
      'partnerships/mic-zgc/confidence',
    ],
    [
      'a missing source title',
      (d) => {
        delete d.sources[0]!.title;
      },
      'sources/s1/title',
    ],
    [
      'an empty publisher',
      (d) => {
        d.sources[0]!.publisher = '';
      },
      'sources/s1/publisher',
    ],
    [
      'a publication date that is a number',
      (d) => {
        d.sources[0]!.published = 2020;
      },
      'sources/s1/published',
    ],
    [
      'an unknown reliability',
      (d) => {
        d.sources[0]!.reliability = 'rumour';
      },
      'sources/s1/reliability',
    ],
  ];
  it.each(cases)('flags %s where validateDataset does', (_, edit, expected) => {
    const d = broken(edit);
    expect(where(checkDataset(d))).toContain(expected);
    expect(where(errors(d))).toContain(expected);
  });

  it('reports issues formatIssue can print, errors only', () => {
    const d = broken((x) => {
      x.partnerships[0]!.date = { value: '2020-09', precision: 'day', basis: 'signed' };
      x.organizations[2]!.country = 'XX';
    });
    const issues = checkDataset(d);
    expect(issues.every((i) => i.severity === 'error')).toBe(true);
    expect(issues.map(formatIssue)).toEqual([
      expect.stringMatching(/^organizations zgc › country: /),
      expect.stringMatching(/^partnerships mic-zgc › date\.precision: precision does not match/),
    ]);
  });

  it('says what is wrong with a hole and an early year, naming the index', () => {
    const hole = { organizations: [], partnerships: new Array(1), sources: [] }; // [,]
    for (const issues of [checkDataset(hole), errors(hole)])
      expect(issues.map(formatIssue)).toEqual([
        'partnerships partnerships[0] › (record): no record here: the list has a hole at index 0',
      ]);
    const early = broken((x) => {
      x.partnerships[0]!.date = { value: '0050', precision: 'year', basis: 'signed' };
    });
    for (const issues of [checkDataset(early), errors(early)])
      expect(issues.map((i) => i.message)).toEqual(['year 0050 is before 1900; write all four digits of the year']);
  });

  it('rejects what is not a data set', () => {
    expect(where(checkDataset(null))).toEqual(['partnerships/0/']);
    expect(where(checkDataset({ organizations: [], partnerships: [] }))).toEqual(['sources/0/sources']);
  });

  // Edits that may or may not keep a data set valid; whenever validateDataset still accepts the
  // result, checkDataset must too (it may only be more lenient, never stricter).
  type Edit = (r: Rec, d: Mutable) => void;
  const set =
    (key: string, v: unknown): Edit =>
    (r) => {
      if (v === undefined) delete r[key];
      else r[key] = v;
    };
  const text = fc.oneof(fc.string(), fc.constantFrom(' ', 'Zone', '中关村'));
  const code = fc.oneof(fc.constantFrom('CN', 'RU', 'FR', 'DE', 'TW', 'HK', 'XK', 'XX', 'ZZ', 'EU', 'cn'), fc.string());
  const date = fc
    .tuple(
      // Years 0–99 (which Date.UTC reads as 1900–1999), the years of real records, and any other.
      fc.oneof(
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1890, max: 2100 }),
        fc.integer({ min: 0, max: 9999 }),
      ),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 31 }),
    )
    .chain(([y, m, day]) => {
      const p = (n: number, w: number) => String(n).padStart(w, '0');
      return fc.constantFrom(p(y, 4), `${p(y, 4)}-${p(m, 2)}`, `${p(y, 4)}-${p(m, 2)}-${p(day, 2)}`);
    });
  const language = fc.constantFrom('en', 'zh', 'zh-Hant', 'ru', 'ar', 'fr', 'ja', 'sw', 'xx', 'EN');
  const localizedText = fc.dictionary(language, text, { maxKeys: 4 });
  const anything = fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer(), text, fc.constant([]));
  const anyField = (...keys: string[]) => fc.tuple(fc.constantFrom(...keys), anything).map(([k, v]) => set(k, v));
  const orgEdit: fc.Arbitrary<Edit> = fc.oneof(
    anyField('kind', 'name', 'shortName', 'city', 'country', 'parent', 'website', 'sources', 'note'),
    fc.constantFrom('science-park', 'company', 'park').map((v) => set('kind', v)),
    localizedText.map((v) => set('name', v)),
    code.map((v) => set('country', v)),
    fc
      .record({
        lon: fc.double({ min: -200, max: 200 }),
        lat: fc.double({ min: -100, max: 100 }),
        precision: fc.constantFrom('site', 'city', 'country', 'street'),
      })
      .map((v) => set('location', v)),
    fc.nat().map(
      (n): Edit =>
        (r, d) =>
          set('parent', d.organizations[n % d.organizations.length]?.id)(r, d),
    ),
  );
  const party = fc.oneof(
    fc.record({ org: fc.nat(), role: fc.constantFrom(undefined, 'member', 'convener', 'witness', 'host') }),
    fc.record({ unnamed: fc.record({ country: code, count: fc.constantFrom(undefined, 3, 0, 1.5) }) }),
  );
  const partnershipEdit: fc.Arbitrary<Edit> = fc.oneof(
    anyField('kind', 'title', 'parties', 'date', 'place', 'signatories', 'topics', 'amounts', 'agreements', 'doubts'),
    fc
      .record({
        value: date,
        precision: fc.constantFrom('year', 'month', 'day'),
        basis: fc.constantFrom('signed', 'reported'),
      })
      .map((v) => set('date', v)),
    fc.array(fc.constantFrom('ict', 'research', 'space'), { maxLength: 3 }).map((v) => set('topics', v)),
    fc.array(party, { maxLength: 4 }).map(
      (ps): Edit =>
        (r, d) => {
          r.parties = ps.map((p) => {
            if (!('org' in p))
              return { unnamed: Object.fromEntries(Object.entries(p.unnamed).filter(([, v]) => v !== undefined)) };
            const org = d.organizations[p.org % d.organizations.length]?.id;
            return p.role === undefined ? { org } : { org, role: p.role };
          });
        },
    ),
    fc.record({ country: code, city: fc.constantFrom(undefined, 'Paris') }).map((v) => set('place', v)),
    fc.constantFrom(undefined, 1, 28, 0, -2).map((v) => set('agreements', v)),
  );
  const sourceEdit: fc.Arbitrary<Edit> = fc.oneof(
    anyField('title', 'publisher', 'language', 'published', 'url', 'reliability', 'note'),
    fc.option(date).map((v) => set('published', v)),
  );
  // A hole (a missing record) anywhere in one of the three lists, or at its end.
  const hole = fc.oneof(
    { arbitrary: fc.constant(null), weight: 3 },
    {
      arbitrary: fc.record({
        collection: fc.constantFrom('organizations', 'partnerships', 'sources') as fc.Arbitrary<keyof Mutable>,
        at: fc.nat(),
      }),
      weight: 1,
    },
  );
  const edit = fc.record({
    collection: fc.constantFrom('organizations', 'partnerships', 'sources') as fc.Arbitrary<keyof Mutable>,
    at: fc.nat(),
    organizations: orgEdit,
    partnerships: partnershipEdit,
    sources: sourceEdit,
  });
  const base = fc.oneof(
    fc.constant(dataset),
    fc.constant(fixture()),
    fc.integer({ min: 1, max: 10_000 }).map((seed) => syntheticDataset({ parks: 12, links: 20, seed })),
  );

  it('never flags a data set validateDataset accepts', () => {
    let accepted = 0;
    fc.assert(
      fc.property(base, fc.array(edit, { maxLength: 3 }), hole, (start, edits, gap) => {
        const d = broken((x) => {
          for (const e of edits) {
            const list = x[e.collection];
            const r = list[e.at % list.length];
            if (r) e[e.collection](r, x);
          }
          if (gap) {
            const list = x[gap.collection];
            const at = gap.at % (list.length + 1);
            if (at === list.length) list.length += 1;
            else delete list[at];
          }
        }, start);
        if (errors(d).length > 0) return;
        accepted++;
        expect(checkDataset(d)).toEqual([]);
      }),
      { numRuns: 250 },
    );
    // The property says something only if many of the edited data sets are still valid.
    expect(accepted).toBeGreaterThan(60);
  });
});
