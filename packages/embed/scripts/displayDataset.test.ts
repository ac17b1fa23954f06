import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { addCountryNames, addDateTexts, locales, sceneToSvg } from '@parklinks/core';
import { basemapFeatures, buildMapScene, worldBasemap } from '@parklinks/core/map';
import { buildNetworkScene } from '@parklinks/core/network';
import { buildTimelineScene, dateText } from '@parklinks/core/timeline';
import {
  type Dataset,
  filterDataset,
  localize,
  summarize,
  toMapArcs,
  toNetwork,
  toTimelineEvents,
} from '@parklinks/data';
import { dataset } from '@parklinks/data/dataset';
import { validateDataset } from '@parklinks/data/schema';
import { describe, expect, it } from 'vitest';
import {
  countryNames,
  type DrawPart,
  dateTexts,
  displayDataset,
  displayDatasetModule,
  displayLanguages,
  mergeDetails,
  splitDisplayDataset,
} from './displayDataset.mjs';

const display = displayDataset(dataset);

/** What a reader can see of a value: every localized text as shown in each locale of the elements. */
const shown = (x: unknown): unknown => {
  if (Array.isArray(x)) return x.map(shown);
  if (x === null || typeof x !== 'object') return x;
  const o = x as Record<string, unknown>;
  if (typeof o.en === 'string') return locales.map((l) => localize(o as { en: string }, l));
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, shown(v)]));
};

describe('displayDataset (the built-in data inside parklinks.js)', () => {
  it('is still a valid data set, by the full schema check', () => {
    expect(validateDataset(display).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('drops notes, doubts, websites, places and texts in languages no element shows', () => {
    const json = JSON.stringify(display);
    for (const key of ['"note"', '"doubts"', '"website"', '"place"']) expect(json).not.toContain(key);
    for (const o of display.organizations)
      for (const lang of Object.keys(o.name)) expect(displayLanguages).toContain(lang);
    expect(json.length).toBeLessThan(JSON.stringify(dataset).length * 0.8);
  });

  it('keeps every text an element can show, in every locale', () => {
    for (const l of locales) expect(displayLanguages).toContain(l);
    for (const locale of locales) {
      expect(display.organizations.map((o) => localize(o.name, locale))).toEqual(
        dataset.organizations.map((o) => localize(o.name, locale)),
      );
      expect(display.partnerships.map((p) => [localize(p.title, locale), localize(p.summary, locale)])).toEqual(
        dataset.partnerships.map((p) => [localize(p.title, locale), localize(p.summary, locale)]),
      );
    }
  });

  it('gives the charts the same arcs, network, events and summary', () => {
    for (const f of [toMapArcs, toNetwork, toTimelineEvents, summarize] as ((d: typeof dataset) => unknown)[])
      expect(shown(f(display))).toEqual(shown(f(dataset)));
  });

  it('rewrites the generated module in place', () => {
    const path = fileURLToPath(new URL('../../data/src/generated/dataset.ts', import.meta.url));
    const source = readFileSync(path, 'utf8');
    const out = displayDatasetModule(source);
    expect(out.slice(0, 200)).toBe(source.slice(0, 200));
    expect(out).toContain(`export const dataset: Dataset = ${JSON.stringify(display)};`);
  });
});

describe("splitDisplayDataset (the loader's built-in data in two chunks)", () => {
  const { draw, details } = splitDisplayDataset(display);
  const drawIn = (locale: string) => splitDisplayDataset(display, locale).draw as Dataset;
  const world = basemapFeatures(worldBasemap);
  const scenes = {
    map: (d: Dataset, locale: string) => buildMapScene(d, { width: 680, basemap: world, locale }),
    network: (d: Dataset, locale: string) => buildNetworkScene(d, { width: 680, locale }),
    timeline: (d: Dataset, locale: string) => buildTimelineScene(d, { width: 680, locale }),
  };

  it.each(Object.keys(scenes) as (keyof typeof scenes)[])(
    'the first paint of the %s from the draw part alone is the one from the whole display copy',
    (view) => {
      for (const locale of locales)
        expect(sceneToSvg(scenes[view](drawIn(locale), locale)), locale).toBe(
          sceneToSvg(scenes[view](display, locale)),
        );
      // Filtered as an element's attributes filter it.
      const filter = { countries: ['CN', 'EG', 'RU'], from: '2010' };
      const part = (d: Dataset, locale: string) => scenes[view](filterDataset(d, filter), locale);
      for (const locale of ['en', 'zh'])
        expect(sceneToSvg(part(drawIn(locale), locale))).toBe(sceneToSvg(part(display, locale)));
    },
  );

  it('carries the country names and dates a first paint writes, as Intl writes them: the charts draw the same', () => {
    const all = () =>
      locales.flatMap((locale) =>
        (Object.keys(scenes) as (keyof typeof scenes)[]).map((v) => sceneToSvg(scenes[v](display, locale))),
      );
    const before = all();
    const tables = locales.map((locale) => {
      const d = drawIn(locale) as unknown as DrawPart;
      return { locale, names: countryNames(d, locale), dates: dateTexts(d, locale) };
    });
    for (const { locale, names, dates } of tables) {
      // Every country and date of the records is in the tables: a first paint needs no Intl object.
      for (const o of display.organizations) expect(names[o.country], `${locale} ${o.country}`).toBeTruthy();
      for (const p of display.partnerships)
        if (p.date) expect(dates[p.date.value], `${locale} ${p.date.value}`).toBeTruthy();
      // The same texts core makes with Intl (the divergent few core names itself come first either way).
      for (const [value, text] of Object.entries(dates))
        expect(text, `${locale} ${value}`).toBe(
          dateText(
            {
              value,
              precision: ({ 4: 'year', 7: 'month', 10: 'day' } as const)[value.length as 4 | 7 | 10],
              basis: 'signed',
            },
            locale,
          ),
        );
    }
    for (const { locale, names, dates } of tables) {
      addCountryNames(locale, names);
      addDateTexts(locale, dates);
    }
    expect(all()).toEqual(before);
  });

  it('merged with its details, the draw part is the display copy again (same records, filled in place)', () => {
    const copy = structuredClone(draw);
    const first = copy.partnerships[0];
    const merged = mergeDetails(copy, structuredClone(details));
    expect(merged.partnerships[0]).toBe(first);
    expect(JSON.stringify(sortKeys(merged))).toBe(JSON.stringify(sortKeys(display)));
  });

  it('leaves the longer texts to the details: the draw part is under half the display copy', () => {
    expect(JSON.stringify(draw).length).toBeLessThan(JSON.stringify(display).length / 2);
  });
});

/** A value with every object's keys in order (merging appends keys, so their order differs). */
function sortKeys(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(sortKeys);
  if (x === null || typeof x !== 'object') return x;
  return Object.fromEntries(
    Object.entries(x as Record<string, unknown>)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => [k, sortKeys(v)]),
  );
}
