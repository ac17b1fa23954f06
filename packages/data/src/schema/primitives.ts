import * as z from 'zod';

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
] as const;
export type Language = (typeof languages)[number];

const nonEmpty = z.string().trim().min(1);

/** Text given in English plus any other language of `languages`, keyed by language tag. */
export const LocalizedTextSchema = z
  .strictObject({
    en: nonEmpty.describe('English text; always present and used as the last fallback.'),
    ...Object.fromEntries(
      languages
        .filter((l) => l !== 'en')
        .map((l) => [l, nonEmpty.optional().describe(`Text in ${l}, in that language's own script.`)]),
    ),
  })
  .describe('A text in English plus native-script or translated forms, keyed by BCP 47 language tag.') as z.ZodType<
  { en: string } & Partial<Record<Exclude<Language, 'en'>, string>>
>;
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** Stable identifier: lowercase kebab-case, e.g. `zgc-group`. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case (a-z, 0-9 and single hyphens)')
  .describe('Stable identifier in lowercase kebab-case; never reused for another record.');

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
/** True when `code` is an ISO 3166-1 alpha-2 code that Intl knows by name. */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  // Intl echoes unknown codes back unchanged; XA/XB/ZZ are pseudo-regions.
  return regionNames.of(code) !== code && !['XA', 'XB', 'ZZ', 'EU', 'UN', 'EZ', 'QO'].includes(code);
}
export const CountrySchema = z
  .string()
  .refine(isCountryCode, { message: 'must be an ISO 3166-1 alpha-2 country code in upper case, e.g. CN' })
  .describe('Country as an ISO 3166-1 alpha-2 code (upper case).');

const currencies = new Set(Intl.supportedValuesOf('currency'));
export const CurrencySchema = z
  .string()
  .refine((c) => currencies.has(c), { message: 'must be an ISO 4217 currency code, e.g. CNY' })
  .describe('Currency as an ISO 4217 code.');

/** A calendar date as precise as known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((s) => s.length < 10 || new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: 'is not a real calendar day',
  })
  .describe('A date only as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD.');

export const HttpUrlSchema = z
  .url({ protocol: /^https?$/, error: 'must be an http or https URL' })
  .describe('An http or https URL.');
