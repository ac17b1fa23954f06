import { addCountryNames, addDateTexts, type Locale } from '@parklinks/core';
import type { Dataset } from '@parklinks/data';

type Builtin = typeof import('./builtin.js');
/** One chunk per locale: a first paint fetches the names and titles of its own language only. */
const chunks: Record<Locale, () => Promise<Builtin>> = {
  en: () => import('./builtin-en.js'),
  zh: () => import('./builtin-zh.js'),
  ru: () => import('./builtin-ru.js'),
  ar: () => import('./builtin-ar.js'),
  fr: () => import('./builtin-fr.js'),
};
const loading = new Map<Locale, Promise<Dataset>>();
const loaded = new Map<Dataset, Builtin>();

/**
 * The built-in data set, for elements without `src`, in the element's locale: a chunk of its own, fetched once by
 * the first such element (an element with `src` never fetches it). It holds what a first paint draws; see
 * `builtinDetails`.
 */
export const builtinData = (locale: Locale = 'en'): Promise<Dataset> => {
  let p = loading.get(locale);
  if (!p) {
    p = (chunks[locale] ?? chunks.en)().then((m) => {
      loaded.set(m.dataset, m);
      // The names a first paint writes, as the build's Intl wrote them: no Intl object to create (the first one
      // loads ICU data, 150–250 ms of a slow phone's main thread).
      addCountryNames(locale, m.countryNames);
      return m.dataset;
    });
    loading.set(locale, p);
  }
  return p;
};

const dateChunks: Record<Locale, () => Promise<typeof import('./dates.js')>> = {
  en: () => import('./dates-en.js'),
  zh: () => import('./dates-zh.js'),
  ru: () => import('./dates-ru.js'),
  ar: () => import('./dates-ar.js'),
  fr: () => import('./dates-fr.js'),
};

/**
 * `builtinData` with the texts of its dates, for the timeline (the one view whose first paint writes dates): a small
 * chunk per locale, fetched beside the data.
 */
export const builtinDataWithDates = (locale: Locale = 'en'): Promise<Dataset> =>
  Promise.all([builtinData(locale), (dateChunks[locale] ?? dateChunks.en)()]).then(([data, m]) => {
    addDateTexts(locale, m.dateTexts);
    return data;
  });

/** Completes every built-in data set fetched (summaries, signatories, sources) before an interactive chart draws. */
export const builtinDetails = (): Promise<void> =>
  Promise.all([...loaded.values()].map((m) => m.completeDataset())).then(() => {});

let positions: Promise<Readonly<Record<string, { x: number; y: number }>> | null> | undefined;
let positionsNow: Readonly<Record<string, { x: number; y: number }>> | null = null;

/**
 * The network's node positions laid out at build time, when `data` is a whole built-in data set (unfiltered); else
 * undefined (the network is laid out on the page).
 */
export async function builtinPositions(data: Dataset, filtered: boolean) {
  if (filtered || !loaded.has(data)) return undefined;
  positions ??= import('./networkPositions.js').then((m) => (positionsNow = m.networkPositions));
  return (await positions) ?? undefined;
}

/** `builtinPositions`, once they have been fetched (for the interactive chart, drawn after the first paint). */
export const builtinPositionsNow = (data: Dataset, filtered: boolean) =>
  !filtered && loaded.has(data) ? (positionsNow ?? undefined) : undefined;
