import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateExtent, periodOf } from '../dates.js';
import {
  convenerIndex,
  filterDataset,
  findOrganization,
  localize,
  partnershipCounts,
  summarize,
  toMapArcs,
  toNetwork,
  toTimelineEvents,
} from '../query/index.js';
import { syntheticDataset } from '../synthetic.js';
import { validateDataset } from '../validate/index.js';
import { fixture } from './fixture.js';

describe('filterDataset', () => {
  const d = fixture();
  it('keeps partnerships with a party in the given countries, unnamed parties included', () => {
    expect(filterDataset(d, { countries: ['DE'] }).partnerships.map((p) => p.id)).toEqual(['alliance']);
    expect(filterDataset(d, { countries: ['FR'] }).partnerships.map((p) => p.id)).toEqual(['alliance', 'undated']);
  });
  it('filters by kind, topic and organization', () => {
    expect(filterDataset(d, { kinds: ['memorandum'] }).partnerships.map((p) => p.id)).toEqual(['undated']);
    expect(filterDataset(d, { topics: ['research', 'trade'] }).partnerships.map((p) => p.id)).toEqual([
      'mic-zgc',
      'undated',
    ]);
    expect(filterDataset(d, { organizations: ['mic'] }).partnerships.map((p) => p.id)).toEqual(['mic-zgc', 'alliance']);
  });
  it('matches a date range by overlap of periods and drops undated records unless asked', () => {
    expect(filterDataset(d, { from: '2017-05-31', to: '2018' }).partnerships.map((p) => p.id)).toEqual(['alliance']);
    expect(filterDataset(d, { from: '2017-06' }).partnerships.map((p) => p.id)).toEqual(['mic-zgc']);
    expect(filterDataset(d, { from: '2017-06', includeUndated: true }).partnerships.map((p) => p.id)).toEqual([
      'mic-zgc',
      'undated',
    ]);
  });
  it('returns a valid data set: named organizations, their parents and cited sources only', () => {
    const f = filterDataset(d, { kinds: ['cooperation-agreement'] });
    expect(f.organizations.map((o) => o.id)).toEqual(['moscow-city', 'mic', 'zgc']);
    expect(f.sources.map((s) => s.id)).toEqual(['s1']);
    expect(validateDataset(f)).toEqual([]);
  });
});

describe('lookups and names', () => {
  it('finds records by id', () => {
    expect(findOrganization(fixture(), 'zgc')?.name.en).toBe('ZGC Group');
    expect(findOrganization(fixture(), 'nope')).toBeUndefined();
  });
  it('reads years 0–99 as themselves, not as 1900–1999', () => {
    expect(new Date(periodOf('0050-06-15').start).toISOString()).toBe('0050-06-15T00:00:00.000Z');
    expect(new Date(periodOf('0099-12').end).toISOString()).toBe('0099-12-31T23:59:59.999Z');
    expect(new Date(periodOf('0000').start).getUTCFullYear()).toBe(0);
    expect(periodOf('2020-02').end - periodOf('2020-02').start + 1).toBe(29 * 86_400_000);
  });
  it("gives the day, month and year spans JavaScript's own Date gives, for every year 0-9999", () => {
    const at = (y: number, m: number, d: number) => {
      const t = new Date(0);
      t.setUTCFullYear(y, m, d);
      return t.getTime();
    };
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          expect(periodOf(`${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`)).toEqual({
            start: at(y, m - 1, d),
            end: at(y, m - 1, d + 1) - 1,
          });
          expect(periodOf(`${pad(y, 4)}-${pad(m, 2)}`)).toEqual({ start: at(y, m - 1, 1), end: at(y, m, 1) - 1 });
          expect(periodOf(pad(y, 4))).toEqual({ start: at(y, 0, 1), end: at(y + 1, 0, 1) - 1 });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('localizes only from the languages a text has, never from Object.prototype', () => {
    for (const tag of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf-EG'])
      expect(localize({ en: 'ZGC Group' }, tag)).toBe('ZGC Group');
  });

  it('localizes with a fallback chain: exact, base language, English', () => {
    const name = { en: 'ZGC Group', zh: '中关村发展集团' };
    expect(localize(name, 'zh')).toBe('中关村发展集团');
    expect(localize(name, 'zh-Hant')).toBe('中关村发展集团');
    expect(localize(name, 'ar')).toBe('ZGC Group');
    expect(localize({ en: 'A', 'zh-Hant': '甲' }, 'zh')).toBe('甲');
  });
  it('counts partnerships per organization and summarizes', () => {
    expect(Object.fromEntries(partnershipCounts(fixture()))).toEqual({ mic: 2, zgc: 3, sophia: 2 });
    expect(summarize(fixture())).toEqual({
      partnerships: 3,
      organizations: 3,
      countries: 4,
      undated: 1,
      firstYear: 2017,
      lastYear: 2020,
    });
  });
});

describe('view transforms', () => {
  it('toMapArcs: one arc per bilateral partnership, a star from the convener for multilateral ones', () => {
    const arcs = toMapArcs(fixture());
    expect(arcs.map((a) => a.id)).toEqual(['mic-zgc:0', 'alliance:0', 'alliance:1', 'alliance:2', 'undated:0']);
    const star = arcs.filter((a) => a.partnershipId === 'alliance');
    expect(star.every((a) => a.from.type === 'organization' && a.from.id === 'zgc')).toBe(true);
    expect(star.map((a) => (a.to.type === 'country' ? `country:${a.to.country}` : a.to.id))).toEqual([
      'sophia',
      'mic',
      'country:DE',
    ]);
  });
  it('convenerIndex: the party marked convener, else the first named party, else the first (property)', () => {
    const party = fc.oneof(
      fc.record({ org: fc.constantFrom('a', 'b', 'c'), role: fc.constantFrom(undefined, 'convener', 'member') }),
      fc.record({ unnamed: fc.record({ country: fc.constantFrom('DE', 'FR') }) }),
    );
    fc.assert(
      fc.property(fc.array(party, { maxLength: 6 }), (parties) => {
        const named = (x: (typeof parties)[number]) => 'org' in x;
        const marked = parties.findIndex((x) => named(x) && 'role' in x && x.role === 'convener');
        const expected = marked >= 0 ? marked : Math.max(0, parties.findIndex(named));
        expect(convenerIndex({ parties } as unknown as Parameters<typeof convenerIndex>[0])).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
  it('toNetwork: multilateral agreements become a hub, not a clique', () => {
    const { nodes, links } = toNetwork(fixture());
    expect(nodes.map((n) => n.id).sort()).toEqual(['country:DE', 'hub:alliance', 'org:mic', 'org:sophia', 'org:zgc']);
    expect(links.filter((l) => l.partnershipId === 'alliance')).toHaveLength(4);
    expect(links.filter((l) => l.partnershipId === 'alliance').every((l) => l.source === 'hub:alliance')).toBe(true);
    expect(nodes.find((n) => n.id === 'org:zgc')?.degree).toBe(3);
  });
  it('toNetwork: marks parallel agreements between the same pair', () => {
    const d = fixture();
    d.partnerships.push({ ...d.partnerships[0]!, id: 'mic-zgc-2' });
    const pair = toNetwork(d).links.filter((l) => ['mic-zgc', 'mic-zgc-2'].includes(l.partnershipId));
    expect(pair.map((l) => [l.parallelIndex, l.parallelCount])).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });
  it('toNetwork: counts parallel agreements stored either way round, in order, and leaves lone links 0 of 1', () => {
    const d = fixture();
    const first = d.partnerships[0]!;
    d.partnerships.push({ ...first, id: 'reversed', parties: [...first.parties].reverse() }, { ...first, id: 'third' });
    const { links } = toNetwork(d);
    const pair = links.filter((l) => ['mic-zgc', 'reversed', 'third'].includes(l.partnershipId));
    expect(pair.map((l) => [l.partnershipId, l.parallelIndex, l.parallelCount])).toEqual([
      ['mic-zgc', 0, 3],
      ['reversed', 1, 3],
      ['third', 2, 3],
    ]);
    expect(pair[1]!.source).toBe(pair[0]!.target);
    const rest = links.filter((l) => !pair.includes(l));
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.every((l) => l.parallelIndex === 0 && l.parallelCount === 1)).toBe(true);
  });
  it('toTimelineEvents: extents follow the precision, undated last with no date', () => {
    const events = toTimelineEvents(fixture());
    expect(events.map((e) => e.id)).toEqual(['alliance', 'mic-zgc', 'undated']);
    const may = events[0]!;
    expect([new Date(may.start!).toISOString(), new Date(may.end!).toISOString()]).toEqual([
      '2017-05-01T00:00:00.000Z',
      '2017-05-31T23:59:59.999Z',
    ]);
    expect(events[2]).toMatchObject({ undated: true, start: null, end: null, precision: 'unknown' });
  });
  it('dateExtent spans a day, a month or a year', () => {
    const span = (value: string, precision: 'day' | 'month' | 'year') => {
      const { start, end } = dateExtent({ value, precision, basis: 'signed' });
      return (end.getTime() + 1 - start.getTime()) / 86_400_000;
    };
    expect([span('2024-03-06', 'day'), span('2024-02', 'month'), span('2024', 'year'), span('2023', 'year')]).toEqual([
      1, 29, 366, 365,
    ]);
  });
});

describe('syntheticDataset', () => {
  it('is deterministic, valid and the size asked for', () => {
    const a = syntheticDataset({ parks: 500, links: 2000, seed: 7 });
    expect(syntheticDataset({ parks: 500, links: 2000, seed: 7 })).toEqual(a);
    expect(syntheticDataset({ parks: 500, links: 2000, seed: 8 })).not.toEqual(a);
    expect(validateDataset(a).filter((i) => i.severity === 'error')).toEqual([]);
    expect(toMapArcs(a).length).toBeGreaterThanOrEqual(2000);
    expect(a.partnerships.some((p) => p.parties.length > 2)).toBe(true);
    expect(new Set(a.partnerships.map((p) => p.date?.precision ?? 'none'))).toEqual(
      new Set(['day', 'month', 'year', 'none']),
    );
  });
});

describe('summarize on a large data set', () => {
  it('gives the figures counted record by record', () => {
    const d = syntheticDataset({ parks: 300, links: 1200, seed: 4 });
    const orgs = new Map(d.organizations.map((o) => [o.id, o]));
    const named = new Set(d.partnerships.flatMap((p) => p.parties.flatMap((x) => ('org' in x ? [x.org] : []))));
    const countries = new Set(
      d.partnerships.flatMap((p) =>
        p.parties.map((x) => ('org' in x ? orgs.get(x.org)?.country : x.unnamed.country)).filter(Boolean),
      ),
    );
    const years = d.partnerships.flatMap((p) => (p.date ? [Number(p.date.value.slice(0, 4))] : []));
    expect(summarize(d)).toEqual({
      partnerships: d.partnerships.length,
      organizations: named.size,
      countries: countries.size,
      undated: d.partnerships.length - years.length,
      firstYear: Math.min(...years),
      lastYear: Math.max(...years),
    });
    expect(years.length).toBeGreaterThan(0);
    expect(years.length).toBeLessThan(d.partnerships.length);
  });
});
