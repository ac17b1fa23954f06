import { type Locale, locales, matchLocale, type Theme } from '@parklinks/core';
import {
  type DatasetFilter,
  isCountryCode,
  MIN_YEAR,
  type PartnershipKind,
  partialDateProblem,
  partnershipKinds,
  periodOf,
  type Topic,
  topics,
} from '@parklinks/data';

import { heightAttribute } from './element/reserve.js';

export { type AttributeName, observedAttributes } from './element/attributeNames.js';

import type { AttributeName } from './element/attributeNames.js';

/** What the attributes of one element ask for, once parsed and checked. */
export type EmbedOptions = {
  locale: Locale;
  theme: Theme;
  height: number | undefined;
  filter: DatasetFilter | undefined;
  /** Data set URL as written in the attribute; resolved against the page by the caller. */
  src: string | undefined;
  heading: string | undefined;
  selected: string | undefined;
};

/** Parsed options plus one message per attribute that could not be used. */
export type ParsedAttributes = { options: EmbedOptions; problems: string[] };

const themes: readonly Theme[] = ['light', 'dark', 'auto'];
const words = (v: string) => v.split(/[\s,]+/).filter(Boolean);
const quote = (v: string) => JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);

/** The supported locale for a BCP 47 tag such as `ar-EG`, or undefined. */
export function supportedLocale(tag: string | null | undefined): Locale | undefined {
  return matchLocale(tag);
}

function list<T extends string>(
  name: string,
  value: string | null,
  allowed: readonly T[],
  problems: string[],
): T[] | undefined {
  if (value === null || value.trim() === '') return undefined;
  const out: T[] = [];
  for (const w of words(value)) {
    const v = w.toLowerCase() as T;
    if (allowed.includes(v)) out.push(v);
    else problems.push(`${name}: ${quote(w)} is not one of ${allowed.join(', ')}`);
  }
  return out;
}

/**
 * Reads an element's attributes (`get` returns null when absent) into chart options. Never throws:
 * each unusable attribute adds a message naming it, the value and what would be accepted.
 * `pageLocale` (the nearest `lang` on the page) is used when `locale` is absent.
 */
export function parseAttributes(get: (name: AttributeName) => string | null, pageLocale?: string): ParsedAttributes {
  const problems: string[] = [];
  const rawLocale = get('locale');
  let locale: Locale = supportedLocale(pageLocale) ?? 'en';
  if (rawLocale !== null) {
    const l = supportedLocale(rawLocale);
    if (l) locale = l;
    else problems.push(`locale: ${quote(rawLocale)} is not one of ${locales.join(', ')}`);
  }
  const rawTheme = get('theme');
  let theme: Theme = 'light';
  if (rawTheme !== null) {
    const t = themes.find((x) => x === rawTheme.trim().toLowerCase());
    if (t) theme = t;
    else problems.push(`theme: ${quote(rawTheme)} is not one of ${themes.join(', ')}`);
  }
  const rawHeight = get('height');
  const height = heightAttribute(rawHeight);
  if (rawHeight !== null && height === undefined)
    problems.push(`height: ${quote(rawHeight)} is not a number of pixels between 120 and 4000`);
  const filter: DatasetFilter = {};
  const rawCountries = get('countries');
  if (rawCountries !== null && rawCountries.trim() !== '') {
    const countries: string[] = [];
    for (const w of words(rawCountries)) {
      if (isCountryCode(w.toUpperCase())) countries.push(w.toUpperCase());
      else problems.push(`countries: ${quote(w)} is not an ISO 3166-1 alpha-2 country code (e.g. CN, FR)`);
    }
    filter.countries = countries;
  }
  const kinds = list<PartnershipKind>('kinds', get('kinds'), partnershipKinds, problems);
  if (kinds) filter.kinds = kinds;
  const tops = list<Topic>('topics', get('topics'), topics, problems);
  if (tops) filter.topics = tops;
  for (const key of ['from', 'to'] as const) {
    const v = get(key)?.trim();
    if (v === undefined || v === '') continue;
    // Refused in place, never rolled over: 2019-02-30 is not 2 March, 0000 is not 1900.
    const problem = partialDateProblem(v);
    if (problem === undefined) filter[key] = v;
    else if (problem === 'year') problems.push(`${key}: ${quote(v)} is a year before ${MIN_YEAR}`);
    else if (problem === 'day') problems.push(`${key}: ${quote(v)} is not a real calendar day`);
    else problems.push(`${key}: ${quote(v)} is not a date written YYYY, YYYY-MM or YYYY-MM-DD`);
  }
  if (filter.from && filter.to && periodOf(filter.from).start > periodOf(filter.to).end)
    problems.push(`from/to: ${filter.from} is after ${filter.to}`);
  const src = get('src')?.trim() || undefined;
  const heading = get('heading')?.trim() || undefined;
  const selected = get('selected')?.trim() || undefined;
  return {
    options: {
      locale,
      theme,
      height,
      filter: Object.keys(filter).length > 0 ? filter : undefined,
      src,
      heading,
      selected,
    },
    problems,
  };
}
