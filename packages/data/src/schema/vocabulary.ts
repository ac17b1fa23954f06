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

// The 249 officially assigned ISO 3166-1 alpha-2 codes, and XK (Kosovo, user-assigned, used by the EU and the
// World Bank). A list rather than Intl: the same answer in every runtime (an ICU build knows also withdrawn codes such
// as SU and YU, and exceptional reservations such as EU and UK), and no Intl object to create (creating the first one
// loads ICU data: 130 ms of a slow phone's main thread when an interactive chart checked its data).
const countryCodes = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT ' +
    'BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ' +
    'ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT ' +
    'HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS ' +
    'LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI ' +
    'NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG ' +
    'SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG ' +
    'UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'
  ).split(' '),
);

/** True when `code` is an ISO 3166-1 alpha-2 code assigned to a country or territory (or XK, Kosovo), upper case. */
export function isCountryCode(code: string): boolean {
  return countryCodes.has(code);
}
