import * as z from 'zod';
import {
  earlyYearMessage,
  idPattern,
  isCountryCode,
  type Language,
  languages,
  MIN_YEAR,
  partialDatePattern,
} from './vocabulary.js';

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
  .regex(idPattern, 'must be lowercase kebab-case (a-z, 0-9 and single hyphens)')
  .describe('Stable identifier in lowercase kebab-case; never reused for another record.');

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
  .regex(partialDatePattern, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  // zod runs this refinement even after the regex failed; a non-date must not reach `new Date`.
  .refine(
    (s) => s.length < 10 || !partialDatePattern.test(s) || new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: 'is not a real calendar day',
    },
  )
  // Years before 1900 are typos, and Date.UTC would read 0050 as 1950.
  .refine((s) => !partialDatePattern.test(s) || Number(s.slice(0, 4)) >= MIN_YEAR, {
    error: (issue) => earlyYearMessage(String(issue.input)),
  })
  .describe('A date only as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD.');

export const HttpUrlSchema = z
  .url({ protocol: /^https?$/, error: 'must be an http or https URL' })
  .describe('An http or https URL.');
