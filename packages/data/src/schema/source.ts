import * as z from 'zod';
import { HttpUrlSchema, IdSchema, PartialDateSchema } from './primitives.js';
import { reliabilities } from './vocabulary.js';

export const SourceSchema = z
  .strictObject({
    id: IdSchema,
    title: z
      .string()
      .min(1)
      .nullable()
      .describe('Title as published, in its own language; null when the stored copy has none.'),
    publisher: z
      .string()
      .min(1)
      .describe('Who published it (site, newspaper, agency), and through whom if republished.'),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, 'must be a BCP 47 language tag such as en, zh or zh-Hant')
      .describe('Language of the text, as a BCP 47 tag.'),
    published: PartialDateSchema.nullable().describe(
      'Publication date, as precise as the page gives it; null when the page shows none.',
    ),
    url: HttpUrlSchema.optional().describe('Address of the page, when it is known.'),
    reliability: z
      .enum(reliabilities)
      .describe(
        '`primary` = a party or government publishing its own act, `press` = an independent report, `aggregator` = a republication, `mirror` = a copy on an unofficial domain.',
      ),
    note: z.string().min(1).optional().describe('What the source supports or leaves open.'),
  })
  .describe('A published text that supports one or more records.');
export type Source = z.infer<typeof SourceSchema>;
