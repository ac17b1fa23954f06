import { type Dataset, summarize } from '@parklinks/data';
import { describe, expect, it } from 'vitest';
import { countLabel, countryName, formatPartialDate, summarySentence } from '../../../core/src/shared/i18n.js';
import { tableRows } from '../../../core/src/shared/tableRows.js';
import { themeStyle } from '../../../core/src/shared/theme.js';
import { createValueStore } from './valueStore.js';

const data: Dataset = {
  organizations: [
    {
      id: 'a',
      kind: 'science-park',
      name: { en: 'Alpha Park', zh: '阿尔法园' },
      country: 'CN',
      location: { lon: 1, lat: 1, precision: 'site' },
    },
    {
      id: 'b',
      kind: 'hi-tech-zone',
      name: { en: 'Beta Zone' },
      country: 'FR',
      location: { lon: 2, lat: 2, precision: 'city' },
    },
  ],
  partnerships: [
    {
      id: 'p1',
      kind: 'memorandum',
      title: { en: 'A–B memorandum' },
      parties: [{ org: 'a' }, { org: 'b' }, { unnamed: { country: 'DE', count: 3, kind: 'science-park' } }],
      date: { value: '2017-05', precision: 'month', basis: 'reported' },
      signatories: [],
      topics: ['trade'],
      amounts: [],
      summary: { en: 'x' },
      sources: ['s1', 's2'],
      confidence: 'confirmed',
    },
    {
      id: 'p2',
      kind: 'lease',
      title: { en: 'Undated lease' },
      parties: [{ org: 'a' }, { org: 'b' }],
      date: null,
      signatories: [],
      topics: ['trade'],
      amounts: [],
      summary: { en: 'y' },
      sources: ['s1'],
      confidence: 'single-source',
    },
  ],
  sources: [
    {
      id: 's1',
      title: 't',
      publisher: 'Good Paper',
      language: 'en',
      published: '2018',
      url: 'https://example.org/a',
      reliability: 'press',
    },
    // A javascript: URL can never pass the schema, but the table must not link anything that is not http(s) either.
    {
      id: 's2',
      title: 't',
      publisher: 'Odd Source',
      language: 'en',
      published: null,
      url: 'ftp://example.org/b' as string,
      reliability: 'press',
    },
  ],
};

describe('tableRows', () => {
  it('localizes names, keeps unnamed parties by country and links only http(s) sources', () => {
    const [row] = tableRows(data, 'zh');
    expect(row?.parties).toEqual(['阿尔法园', 'Beta Zone', '德国3家科技园（未具名）']);
    expect(row?.sources).toEqual([
      { id: 's1', label: 'Good Paper', href: 'https://example.org/a' },
      { id: 's2', label: 'Odd Source' },
    ]);
    expect(row?.reported).toBe(true);
  });
  it('gives undated rows the localized "date unknown" and sorts them last', () => {
    const rows = tableRows(data, 'fr');
    expect(rows[1]?.date).toBe('date inconnue');
    expect(rows[1]?.dateKey).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('summarySentence', () => {
  it('states partnerships, organizations, countries and years', () => {
    expect(summarySentence(summarize(data), 'en')).toBe('2 partnerships between 2 organizations in 3 countries, 2017.');
  });
  it('uses Russian plural forms', () => {
    expect(countLabel('ru', 'partnership', 1)).toBe('1 партнёрство');
    expect(countLabel('ru', 'partnership', 3)).toBe('3 партнёрства');
    expect(countLabel('ru', 'partnership', 11)).toBe('11 партнёрств');
  });
});

describe('formatPartialDate', () => {
  it('shows only the known precision', () => {
    expect(formatPartialDate({ value: '2016', precision: 'year', basis: 'signed' }, 'en')).toBe('2016');
    expect(formatPartialDate({ value: '2017-05', precision: 'month', basis: 'signed' }, 'en')).toBe('May 2017');
    expect(formatPartialDate({ value: '2024-03-06', precision: 'day', basis: 'signed' }, 'en')).toBe('Mar 6, 2024');
    expect(formatPartialDate(null, 'en')).toBeNull();
  });
});

describe('themeStyle', () => {
  it('lets the host override every colour with --parklinks-*', () => {
    const s = themeStyle('dark') as Record<string, string>;
    expect(s['--pl-bg']).toBe('var(--parklinks-bg, #111418)');
  });
});

describe('createValueStore', () => {
  it('notifies subscribers only when the value changes, and stops after unsubscribe', () => {
    const store = createValueStore<string | null>(null);
    const seen: (string | null)[] = [];
    const off = store.subscribe(() => seen.push(store.get()));
    store.set('a');
    store.set('a');
    store.set(null);
    off();
    store.set('b');
    expect(seen).toEqual(['a', null]);
    expect(store.get()).toBe('b');
  });
});

describe('countryName', () => {
  it('names the regions whose name differs between ICU builds (Node vs Chromium) the same in every runtime', () => {
    // Node's full ICU says "Hong Kong SAR China"; Chromium says "Hong Kong": a server render hydrated in the
    // browser must agree, so these come from one table.
    expect(['HK', 'MO', 'PS', 'FK'].map((c) => countryName(c, 'en'))).toEqual([
      'Hong Kong',
      'Macao',
      'Palestine',
      'Falkland Islands',
    ]);
    expect(countryName('HK', 'zh')).toBe('香港');
    expect(countryName('FR', 'fr')).toBe('France');
  });
});
