// The copy of the built-in data set inside the browser scripts: the records of
// packages/data/src/generated/dataset.ts less what no element shows. The full records stay in
// @parklinks/data (`dataset`, `@parklinks/data/dataset.json`) and in data/*.yaml.
//   - editorial notes: `doubts` and `date.note` of partnerships, `note` of organizations and sources
//   - `website` of organizations, `place` and `evidence` of partnerships (no chart or table shows them)
//   - texts in languages no element can be set to (the elements' locales, plus `zh-Hant`, which
//     `localize` falls back to for `zh`)
// Required fields stay, so the copy is still a valid data set.

/** Languages whose texts the elements can show: the locales of @parklinks/react, and `zh-Hant` for `zh`. */
export const displayLanguages = ['en', 'zh', 'zh-Hant', 'ru', 'ar', 'fr'];

/** Returns the display copy of `data` (a parsed data set); `data` is left as it is. */
export function displayDataset(data) {
  const text = (t) =>
    t === undefined
      ? undefined
      : Object.fromEntries(Object.entries(t).filter(([lang]) => displayLanguages.includes(lang)));
  const put = (record, key, value) => (value === undefined ? record : { ...record, [key]: value });
  return {
    organizations: data.organizations.map(({ note, website, name, city, ...o }) =>
      put({ ...o, name: text(name) }, 'city', text(city)),
    ),
    partnerships: data.partnerships.map(
      ({ doubts, place, evidence, date, title, summary, parties, signatories, ...p }) => ({
        ...p,
        title: text(title),
        summary: text(summary),
        parties: parties.map((x) => ('unnamed' in x ? { unnamed: put(x.unnamed, 'label', text(x.unnamed.label)) } : x)),
        date: date === null ? null : (({ note, ...d }) => d)(date),
        signatories: signatories.map((s) => ({ ...s, name: text(s.name) })),
      }),
    ),
    sources: data.sources.map(({ note, ...s }) => s),
  };
}

/** Rewrites the text of generated/dataset.ts so that its `dataset` holds the display copy. */
export function displayDatasetModule(source) {
  const marker = 'export const dataset: Dataset = ';
  const at = source.indexOf(marker);
  const end = source.lastIndexOf('};');
  if (at < 0 || end < at) throw new Error('generated/dataset.ts: cannot find `export const dataset: Dataset = {…};`');
  const data = JSON.parse(source.slice(at + marker.length, end + 1));
  return `${source.slice(0, at)}${marker}${JSON.stringify(displayDataset(data))};\n`;
}

/**
 * `text` as `locale` reads it (what `localize` picks): its text in the locale's language, else its English. A first
 * paint reads no other; every language comes back with the details.
 */
function forLocale(text, locale, withEnglish = true) {
  if (text === undefined) return undefined;
  const own = text[locale] ?? (locale === 'zh' ? text['zh-Hant'] : undefined);
  const key = text[locale] !== undefined ? locale : 'zh-Hant';
  if (own === undefined || locale === 'en') return { en: text.en };
  return withEnglish ? { en: text.en, [key]: own } : { [key]: own };
}

/**
 * The display copy in two parts, for the loader's chunks: `draw`, what a chart's first paint in `locale` reads
 * (organizations with their names in that language, else English, cities in English too; partnerships without
 * summary, signatories and amounts, their titles in that language, else English; sources as ids), and `details`,
 * the rest, which
 * `completeDataset` puts back into the same records when the interactive chart loads (tooltips, the data table,
 * names in every language). `draw` alone is not a valid data set; draw merged with details is the display copy.
 */
export function splitDisplayDataset(display, locale = 'en') {
  const details = {
    organizations: display.organizations.map(({ name, city }) => (city === undefined ? { name } : { name, city })),
    partnerships: display.partnerships.map(({ summary, signatories, amounts, title }) =>
      amounts === undefined ? { summary, signatories, title } : { summary, signatories, amounts, title },
    ),
    sources: display.sources.map(({ id, ...rest }) => rest),
  };
  const draw = {
    // Cities keep their English name: the map groups places by it.
    organizations: display.organizations.map(({ name, city, ...o }) =>
      city === undefined
        ? { ...o, name: forLocale(name, locale, false) }
        : { ...o, name: forLocale(name, locale, false), city: forLocale(city, locale) },
    ),
    partnerships: display.partnerships.map(({ summary, signatories, amounts, title, ...p }) => ({
      ...p,
      title: forLocale(title, locale, false),
    })),
    sources: display.sources.map(({ id }) => ({ id })),
  };
  return { draw, details };
}

export { mergeDetails } from './mergeDetails.mjs';

/**
 * The module that stands for src/chunks/builtin.ts in the browser build: the draw part parsed from a JSON string
 * (quicker to parse than an object literal), in one locale, and `completeDataset`, which imports the details once.
 */
export function builtinModule(source, locale) {
  const { draw } = splitDisplayDataset(displayDataset(parseDatasetModule(source)), locale);
  return `import { mergeDetails } from ${JSON.stringify(new URL('./mergeDetails.mjs', import.meta.url).pathname)};
export const dataset = JSON.parse(${JSON.stringify(JSON.stringify(draw))});
export const countryNames = ${JSON.stringify(countryNames(draw, locale))};
let complete;
export const completeDataset = () =>
  (complete ??= import('parklinks:details').then((m) => { mergeDetails(dataset, m.details); }));
`;
}

/**
 * The names, in `locale`, of every country `data` names (its organizations' and unnamed parties'), as this build's
 * Intl gives them: a first paint draws them without creating `Intl.DisplayNames` (see core's `addCountryNames`).
 */
export function countryNames(data, locale) {
  const codes = new Set(data.organizations.map((o) => o.country));
  for (const p of data.partnerships) for (const x of p.parties) if ('unnamed' in x) codes.add(x.unnamed.country);
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  return Object.fromEntries([...codes].sort().map((c) => [c, names.of(c)]));
}

/**
 * The texts, in `locale`, of every partnership date in `data` and of the years around them (a timeline's ticks), as
 * this build's Intl writes them (see core's `addDateTexts`): keyed by value, whose length gives the precision.
 */
export function dateTexts(data, locale) {
  const options = {
    4: { year: 'numeric' },
    7: { year: 'numeric', month: 'long' },
    10: { year: 'numeric', month: 'short', day: 'numeric' },
  };
  const format = (value) => {
    const [y, m = 1, d = 1] = value.split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    return new Intl.DateTimeFormat(locale, { ...options[value.length], timeZone: 'UTC' }).format(date);
  };
  const values = new Set(data.partnerships.flatMap((p) => (p.date ? [p.date.value] : [])));
  const years = [...values].map((v) => Number(v.slice(0, 4)));
  // A time axis pads its domain: a few years either side.
  for (let y = Math.min(...years) - 5; y <= Math.max(...years) + 5; y++) values.add(String(y));
  return Object.fromEntries([...values].sort().map((v) => [v, format(v)]));
}

/** The module that stands for src/chunks/dates-<locale>.ts in the browser build: `dateTexts` in that locale. */
export function datesModule(source, locale) {
  const { draw } = splitDisplayDataset(displayDataset(parseDatasetModule(source)), locale);
  return `export const dateTexts = ${JSON.stringify(dateTexts(draw, locale))};\n`;
}

/** The details module (see splitDisplayDataset). */
export function detailsModule(source) {
  const { details } = splitDisplayDataset(displayDataset(parseDatasetModule(source)));
  return `export const details = JSON.parse(${JSON.stringify(JSON.stringify(details))});\n`;
}

/** The data set object of generated/dataset.ts. */
export function parseDatasetModule(source) {
  const marker = 'export const dataset: Dataset = ';
  const at = source.indexOf(marker);
  const end = source.lastIndexOf('};');
  if (at < 0 || end < at) throw new Error('generated/dataset.ts: cannot find `export const dataset: Dataset = {…};`');
  return JSON.parse(source.slice(at + marker.length, end + 1));
}
