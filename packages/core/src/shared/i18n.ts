import type { DatasetSummary, OrganizationKind, PartnershipDate, PartnershipKind } from '@parklinks/data';

/** Locales with translated UI strings. Names fall back through `localize` for any other data language. */
export const locales = ['en', 'zh', 'ru', 'ar', 'fr'] as const;
export type Locale = (typeof locales)[number];

/**
 * A UI locale, or a BCP 47 tag of one with a region or script (`ar-EG`, `zh-Hans-CN`, `fr-CA`). A language
 * without UI strings (`de`) is a type error; from JavaScript, any tag falls back to its language, then English.
 */
export type LocaleTag = Locale | `${Locale}-${string}`;

/** The UI locale a BCP 47 tag's language names (`ar-EG` → `ar`, `fr_CA` → `fr`), or undefined when it has none. */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (typeof tag !== 'string') return undefined;
  // Most calls pass a locale as is (thousands per chart): no string work for them.
  if ((locales as readonly string[]).includes(tag)) return tag as Locale;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return locales.find((l) => l === primary);
}

/**
 * The one way from a locale as given (any BCP 47 tag, or nothing) to a UI locale: its language when
 * we have it (`ar-EG` → `ar`, `zh-Hans-CN` → `zh`), else English. Every message table is read
 * through it, so no tag can index a table that has no entry for it.
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  return matchLocale(tag) ?? 'en';
}

/** True for right-to-left locales (Arabic, whatever its region). */
export function isRtl(locale: LocaleTag): boolean {
  return resolveLocale(locale) === 'ar';
}

/** The forms of a counted phrase by plural category, `#` standing for the number: `{ one: '# park', other: '# parks' }`. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
type Forms = PluralForms;
// Built once per locale, for every chart and table: a dense chart asks for thousands of counts.
const pluralRules = new Map<Locale, Intl.PluralRules>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();

/**
 * Locales whose numbers are written in Latin digits (Arabic uses its own), with the separator their whole numbers are
 * grouped by in threes (CLDR's, as `Intl.NumberFormat` writes it; a test compares them).
 */
const latinGroups: Readonly<Record<string, string>> = { en: ',', zh: ',', ru: '\u00a0', fr: '\u202f' };

/** The plural category of `n` in `locale` (`one`, `few`, `many` …), from one cached `Intl.PluralRules`. */
export function pluralCategory(locale: Locale, n: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(n);
}

/**
 * `n` written in `locale`'s digits and grouping, from one cached `Intl.NumberFormat`. A whole number in a locale of
 * Latin digits is its digits grouped by threes, written without one: creating the formatter loads ICU data (over
 * 100 ms of a slow phone's main thread; ~55 ms of the map's first frame at 10,000 partnerships on a desktop), and a
 * chart's counts need none.
 */
export function formatNumber(locale: Locale, n: number): string {
  const group = latinGroups[locale];
  if (group !== undefined && Number.isSafeInteger(n) && n >= 0) {
    const digits = String(n);
    if (n < 1000) return digits;
    let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
    for (let i = out.length; i < digits.length; i += 3) out += group + digits.slice(i, i + 3);
    return out;
  }
  let number = numberFormats.get(locale);
  if (!number) {
    number = new Intl.NumberFormat(locale);
    numberFormats.set(locale, number);
  }
  return number.format(n);
}

/** The counted phrase for `n` in `locale`: the form of its plural category with `#` replaced by the number. */
export function pluralForm(locale: Locale, n: number, forms: PluralForms): string {
  return (forms[pluralCategory(locale, n)] ?? forms.other).replace('#', formatNumber(locale, n));
}
const plural = pluralForm;

const nouns: Record<Locale, Record<'partnership' | 'organization' | 'country', Forms>> = {
  en: {
    partnership: { one: '# partnership', other: '# partnerships' },
    organization: { one: '# organization', other: '# organizations' },
    country: { one: '# country', other: '# countries' },
  },
  fr: {
    partnership: { one: '# partenariat', other: '# partenariats' },
    organization: { one: '# organisation', other: '# organisations' },
    country: { one: '# pays', other: '# pays' },
  },
  ru: {
    partnership: { one: '# партнёрство', few: '# партнёрства', other: '# партнёрств' },
    organization: { one: '# организацией', other: '# организациями' },
    country: { one: '# страны', other: '# стран' },
  },
  zh: { partnership: { other: '#项合作' }, organization: { other: '#个机构' }, country: { other: '#个国家' } },
  ar: {
    partnership: { zero: '# شراكة', one: 'شراكة واحدة', two: 'شراكتان', few: '# شراكات', other: '# شراكة' },
    organization: { zero: '# مؤسسة', one: 'مؤسسة واحدة', two: 'مؤسستين', few: '# مؤسسات', other: '# مؤسسة' },
    country: { zero: '# دولة', one: 'دولة واحدة', two: 'دولتين', few: '# دول', other: '# دولة' },
  },
};

/** "12 partnerships" in `locale`, with the right plural form. */
export function countLabel(tag: LocaleTag, noun: 'partnership' | 'organization' | 'country', n: number): string {
  const locale = resolveLocale(tag);
  return plural(locale, n, nouns[locale][noun]);
}

const years = (s: DatasetSummary) =>
  s.firstYear === null ? '' : s.firstYear === s.lastYear ? `${s.firstYear}` : `${s.firstYear}–${s.lastYear}`;

/** One-sentence text summary: "N partnerships between M organizations in K countries, YEAR–YEAR." */
export function summarySentence(s: DatasetSummary, tag: LocaleTag): string {
  const locale = resolveLocale(tag);
  const p = countLabel(locale, 'partnership', s.partnerships);
  const o = countLabel(locale, 'organization', s.organizations);
  const c = countLabel(locale, 'country', s.countries);
  const y = years(s);
  switch (locale) {
    case 'zh':
      return `${y ? `${y}年，` : ''}${c}的${o}之间共有${p}。`;
    case 'ru':
      return `${p} между ${o} из ${c}${y ? `, ${y}` : ''}.`;
    case 'fr':
      return `${p} entre ${o} de ${c}${y ? `, ${y}` : ''}.`;
    case 'ar':
      return `${p} بين ${o} في ${c}${y ? `، ${y}` : ''}.`;
    default:
      return `${p} between ${o} in ${c}${y ? `, ${y}` : ''}.`;
  }
}

// Regions whose name differs between ICU builds: Chromium patches its ICU to "Hong Kong", "Macao", "Palestine"
// and "Falkland Islands (Islas Malvinas)" where Node's full ICU (and Firefox) says "Hong Kong SAR China",
// "Palestinian Territories", "Falkland Islands". A page drawn on the server (Node) and hydrated in Chromium must
// say the same, so these four come from this table in every runtime (it was React error #418 in the timeline).
const divergent: Record<string, Record<string, string>> = {
  HK: { en: 'Hong Kong', zh: '香港', ru: 'Гонконг', ar: 'هونغ كونغ', fr: 'Hong Kong' },
  MO: { en: 'Macao', zh: '澳门', ru: 'Макао', ar: 'مكاو', fr: 'Macao' },
  PS: { en: 'Palestine', zh: '巴勒斯坦', ru: 'Палестина', ar: 'فلسطين', fr: 'Palestine' },
  FK: { en: 'Falkland Islands', zh: '福克兰群岛', ru: 'Фолклендские о-ва', ar: 'جزر فوكلاند', fr: 'Îles Malouines' },
};

const known = new Map<string, Readonly<Record<string, string>>>();

/**
 * Gives `countryName` the names of some countries in `locale`, looked up before Intl. For a page that must draw at
 * once: creating `Intl.DisplayNames` loads ICU's region names, ~80–150 ms of a slow phone's main thread, which a
 * chart whose countries are known in advance (the embed's built-in data) need not pay. Names given later for the
 * same locale are added to the earlier ones.
 */
export function addCountryNames(tag: LocaleTag, names: Readonly<Record<string, string>>): void {
  const locale = resolveLocale(tag);
  known.set(locale, { ...known.get(locale), ...names });
}

/** Country name from its ISO code, in `locale` (via Intl, so every country is covered; see `addCountryNames`). */
// Intl objects are costly to build, and each `of` call costs tens of µs: a map of 10,000 markers asks for the same
// few names thousands of times. Each locale's names are kept as they are found.
const regionNames = new Map<string, { intl: Intl.DisplayNames; names: Map<string, string> }>();
const regionOf = (locale: string) => {
  let region = regionNames.get(locale);
  if (!region) {
    region = { intl: new Intl.DisplayNames([locale], { type: 'region' }), names: new Map() };
    regionNames.set(locale, region);
  }
  return region;
};
export function countryName(code: string, tag: LocaleTag): string {
  const locale = resolveLocale(tag);
  const fixed = divergent[code]?.[locale] ?? known.get(locale)?.[code];
  if (fixed) return fixed;
  const region = regionOf(locale);
  let name = region.names.get(code);
  if (name === undefined) {
    try {
      name = region.intl.of(code) ?? code;
    } catch {
      name = code;
    }
    region.names.set(code, name);
  }
  return name;
}

/**
 * Makes `countryName`'s Intl object for `tag` now. Creating it loads ICU's region names: 17–18 ms of a desktop
 * Chromium's main thread on every fresh page, far more on a slow phone. A chart that names countries only when a mark
 * is first hovered (the map with its markers on a canvas) does it while the page is idle, not on that hover.
 */
export function warmCountryNames(tag: LocaleTag): void {
  regionOf(resolveLocale(tag));
}

const knownDates = new Map<string, Readonly<Record<string, string>>>();

/**
 * Gives the date formatting of charts (`formatPartialDate`, the timeline's `dateText` and year ticks) the texts of
 * some dates in `locale`, looked up before Intl: `{ '2016': '2016', '2017-05': 'May 2017', '2024-03-06':
 * '6 Mar 2024' }` (a value's length gives its precision). Like `addCountryNames`, for a page that must draw at once
 * without creating an `Intl.DateTimeFormat` (the first one loads ICU data: 150–250 ms of a slow phone's main
 * thread). Texts given later for the same locale are added to the earlier ones.
 */
export function addDateTexts(tag: LocaleTag, texts: Readonly<Record<string, string>>): void {
  const locale = resolveLocale(tag);
  knownDates.set(locale, { ...knownDates.get(locale), ...texts });
}

/** The text `addDateTexts` gave for the date `value` (YYYY, YYYY-MM or YYYY-MM-DD) in `locale`, if any. */
export const knownDateText = (value: string, locale: string): string | undefined => knownDates.get(locale)?.[value];

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A partnership date as precise as it is known ("6 Mar 2024", "May 2017", "2016"), or null. */
export function formatPartialDate(date: PartnershipDate | null, tag: LocaleTag): string | null {
  if (!date) return null;
  const locale = resolveLocale(tag);
  const known = knownDateText(date.value, locale);
  if (known !== undefined) return known;
  const [y = 0, m = 1, d = 1] = date.value.split('-').map(Number);
  const opts: Intl.DateTimeFormatOptions =
    date.precision === 'day'
      ? { year: 'numeric', month: 'short', day: 'numeric' }
      : date.precision === 'month'
        ? { year: 'numeric', month: 'long' }
        : { year: 'numeric' };
  const key = `${locale}|${date.precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format.format(new Date(Date.UTC(y, m - 1, d)));
}

export type { OrganizationKind, PartnershipKind };
