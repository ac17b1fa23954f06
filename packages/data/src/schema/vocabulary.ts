// The controlled vocabularies and code checks of the schema, without zod: the zod schemas build
// their enums from these arrays, and `checkDataset` (the render-path check) reads the same ones,
// so the two cannot drift. Import nothing here that pulls zod in.

/** Languages a name or text may be given in: English is required, the rest are optional. */
export const languages = [
  'en',
  'zh',
  'zh-Hant',
  'ru',
  'ar',
  'fr',
  'ja',
  'ko',
  'he',
  'de',
  'es',
  'it',
  'nl',
  'pt',
  'fa',
  'sv',
  'fi',
  'da',
  'no',
  'id',
  'ms',
  'hi',
  'kk',
  'uz',
  'be',
  'tr',
  'vi',
  'th',
  'sw',
  'az',
  'ky',
  'tg',
  'el',
  'cs',
  'ur',
  'ml',
  'kn',
  'tl',
  'ss',
] as const;
export type Language = (typeof languages)[number];

export const organizationKinds = [
  'science-park',
  'hi-tech-zone',
  'innovation-cluster',
  'city-government',
  'government-agency',
  'development-group',
  'company',
  'university',
  'research-institute',
  'association',
] as const;

/** How precise an organization's point is. */
export const locationPrecisions = ['site', 'city', 'country'] as const;

export const partnershipKinds = [
  'memorandum',
  'letter-of-intent',
  'cooperation-agreement',
  'friendship-agreement',
  'sister-parks',
  'alliance-declaration',
  'investment-agreements',
  'joint-venture',
  'joint-centre',
  'representative-office',
  'cooperation-zone',
  'programme',
  'lease',
] as const;

export const topics = [
  'investment',
  'trade',
  'market-entry',
  'technology-transfer',
  'research',
  'incubation',
  'startups',
  'park-development',
  'urban-development',
  'innovation-centre',
  'exchange',
  'education',
  'finance',
  'life-sciences',
  'ict',
  'manufacturing',
  'energy-environment',
  'transport-logistics',
  'agriculture',
  'culture-tourism',
] as const;

/** Role of a named party. */
export const partyRoles = ['convener', 'member', 'witness'] as const;
/** How precise a partnership date is. */
export const datePrecisions = ['day', 'month', 'year'] as const;
/** What a partnership date is the date of. */
export const dateBases = ['signed', 'announced', 'reported'] as const;
/** How well a partnership is sourced. */
export const confidences = ['confirmed', 'single-source', 'secondary-only'] as const;
/** What kind of publication a source is. */
export const reliabilities = ['primary', 'press', 'aggregator', 'mirror'] as const;
/**
 * What a cited source supports for one partnership (its `evidence`): `agreement` = the source itself
 * reports that this agreement was signed or made; `date` = it dates the signing or event; `parties`;
 * `signatories` = it names who signed; `amounts`; `place`; `context` = background only, it does not
 * report this agreement.
 */
export const supports = ['agreement', 'date', 'parties', 'signatories', 'amounts', 'place', 'context'] as const;

/** Stable identifier: lowercase kebab-case, e.g. `zgc-group`. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (whether the day exists is checked separately). */
export const partialDatePattern = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Earliest year a date may name: an earlier one is a typo (`0202` for `2020`), no park is that old. */
export const MIN_YEAR = 1900;

/** The message for a well-formed date whose year is before `MIN_YEAR`. */
export function earlyYearMessage(value: string): string {
  return `year ${value.slice(0, 4)} is before ${MIN_YEAR}; write all four digits of the year`;
}

/**
 * What is wrong with a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date: `'format'`, `'year'` (before
 * `MIN_YEAR`) or `'day'` (a day the month does not have, such as 2019-02-30); undefined when it is
 * fine. Shared by both data checks and the embed's `from`/`to`, so none of them rolls a date over.
 */
export function partialDateProblem(value: unknown): 'format' | 'year' | 'day' | undefined {
  if (typeof value !== 'string' || !partialDatePattern.test(value)) return 'format';
  const year = Number(value.slice(0, 4));
  if (year < MIN_YEAR) return 'year';
  if (value.length < 10) return undefined;
  const month = Number(value.slice(5, 7));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return Number(value.slice(8, 10)) <= days ? undefined : 'day';
}

// Made on first use: creating it loads ICU's region names, ~50 ms of a page's main thread on a phone, which a
// module that only imports this file (a chart's first paint) must not pay.
let regionNames: Intl.DisplayNames | undefined;
/** True when `code` is an ISO 3166-1 alpha-2 code that Intl knows by name. */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  // Intl echoes unknown codes back unchanged; XA/XB/ZZ are pseudo-regions.
  return regionNames.of(code) !== code && !['XA', 'XB', 'ZZ', 'EU', 'UN', 'EZ', 'QO'].includes(code);
}
