import * as z from 'zod';
import { OrganizationKindSchema } from './organization.js';
import { CountrySchema, CurrencySchema, IdSchema, LocalizedTextSchema, PartialDateSchema } from './primitives.js';
import {
  confidences,
  dateBases,
  datePrecisions,
  partnershipKinds,
  partyRoles,
  supports,
  topics,
} from './vocabulary.js';

export const PartnershipKindSchema = z
  .enum(partnershipKinds)
  .describe(
    'Form of the agreement: memorandum (of understanding or cooperation), letter of intent, cooperation agreement, friendship (city) agreement, sister-park agreement, multilateral alliance declaration, a package of investment agreements, joint venture, joint centre, representative or liaison office, co-developed cooperation zone or park, multi-year programme, lease.',
  );
export type PartnershipKind = z.infer<typeof PartnershipKindSchema>;

export const TopicSchema = z
  .enum(topics)
  .describe(
    'Controlled topic: investment; trade; market-entry (helping firms enter the other market); technology-transfer; research (joint R&D); incubation (incubators, accelerators); startups (contests, mobility, support); park-development (planning, building or running a park); urban-development (city planning, smart or eco city); innovation-centre; exchange (delegations, experts, information); education (training, talent); finance (funds, venture capital); life-sciences; ict (software, AI, chips, digital platforms); manufacturing (robotics, smart manufacturing); energy-environment; transport-logistics; agriculture; culture-tourism.',
  );
export type Topic = z.infer<typeof TopicSchema>;

export const NamedPartySchema = z
  .strictObject({
    org: IdSchema.describe('Id of the organization.'),
    role: z
      .enum(partyRoles)
      .optional()
      .describe(
        '`convener` = the party that convened a multilateral agreement (arcs are drawn from it), `member` = an ordinary party (default), `witness` = present but not bound.',
      ),
  })
  .describe('A party known by name.');
export const UnnamedPartySchema = z
  .strictObject({
    unnamed: z
      .strictObject({
        country: CountrySchema.describe('Country of the unnamed parties.'),
        kind: OrganizationKindSchema.optional().describe('What kind of bodies they are, when the source says.'),
        count: z.number().int().positive().optional().describe('How many, when the source says; omitted when unknown.'),
        label: LocalizedTextSchema.optional().describe('How the source refers to them, in our words.'),
      })
      .describe('Parties the source mentions only by country (and perhaps count), e.g. "parks from Germany".'),
  })
  .describe('Parties known only by country.');
export const PartySchema = z.union([NamedPartySchema, UnnamedPartySchema]).describe('A party to a partnership.');
export type NamedParty = z.infer<typeof NamedPartySchema>;
export type UnnamedParty = z.infer<typeof UnnamedPartySchema>;
export type Party = z.infer<typeof PartySchema>;

const precisionLength = { year: 4, month: 7, day: 10 } as const;
export const PartnershipDateSchema = z
  .strictObject({
    value: PartialDateSchema,
    precision: z
      .enum(datePrecisions)
      .describe('How precise `value` is; must match its length (YYYY = year, YYYY-MM = month, YYYY-MM-DD = day).'),
    basis: z
      .enum(dateBases)
      .describe(
        'What the date is: `signed` = the day of signing (or of the event where it was signed), `announced` = when it was announced, `reported` = only the date of the report that mentions it.',
      ),
    note: z.string().min(1).optional().describe('How the date was established.'),
  })
  .refine((d) => d.value.length === precisionLength[d.precision], {
    message: 'precision does not match the length of value',
    path: ['precision'],
  })
  .describe('When the partnership was made, only as precise as the sources allow.');
export type PartnershipDate = z.infer<typeof PartnershipDateSchema>;

export const SignatorySchema = z
  .strictObject({
    name: LocalizedTextSchema.describe('Person’s name in English transcription plus native script.'),
    role: z.string().min(1).describe('Position held at the time of signing, in English.'),
    party: IdSchema.describe('Id of the organization the person signed for.'),
  })
  .describe('A person who signed the agreement.');
export type Signatory = z.infer<typeof SignatorySchema>;

export const AmountSchema = z
  .strictObject({
    value: z.number().positive().describe('Amount in whole currency units (CNY 21.75 bn = 21750000000).'),
    currency: CurrencySchema,
    what: z.string().min(1).describe('What the amount covers, in English, e.g. "planned investment of 28 agreements".'),
  })
  .describe('A sum of money named by a source.');
export type Amount = z.infer<typeof AmountSchema>;

export const SupportSchema = z
  .enum(supports)
  .describe(
    'What a source supports for this partnership: `agreement` = it itself reports that this agreement was signed or made; `date` = it dates the signing or event; `parties`; `signatories` = it names who signed; `amounts`; `place`; `context` = background only, it does not report this agreement.',
  );
export type Support = z.infer<typeof SupportSchema>;

export const EvidenceSchema = z
  .record(IdSchema, z.array(SupportSchema).min(1, 'name at least one thing the source supports'))
  .describe(
    'For each cited source id (keys = exactly the ids in `sources`), what that source supports for this partnership. `confidence` is computed from it: `confirmed` iff a `primary` source, or two sources from different publishers (mirrors not counted), support `agreement`; otherwise `single-source` iff a `press` or `primary` source supports `agreement`; otherwise `secondary-only`.',
  );
export type Evidence = z.infer<typeof EvidenceSchema>;

export const PartnershipSchema = z
  .strictObject({
    id: IdSchema,
    kind: PartnershipKindSchema,
    title: LocalizedTextSchema.describe('Short title in English, optionally translated.'),
    parties: z.array(PartySchema).min(2, 'needs at least two parties').describe('Who agreed: at least two parties.'),
    date: PartnershipDateSchema.nullable().describe(
      'When; null when no source gives it (shown as undated, never guessed).',
    ),
    place: z
      .strictObject({
        city: z.string().min(1).optional().describe('City of signing, in English.'),
        country: CountrySchema,
        venue: z.string().min(1).optional().describe('Venue or event, in English.'),
      })
      .optional()
      .describe('Where it was signed, when known.'),
    signatories: z.array(SignatorySchema).describe('Who signed, with their roles; empty when no source names them.'),
    topics: z.array(TopicSchema).min(1, 'needs at least one topic').describe('What the partnership covers.'),
    amounts: z.array(AmountSchema).describe('Sums named by the sources; empty when none.'),
    agreements: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('Number of separate agreements when the record stands for a package (e.g. 28).'),
    summary: LocalizedTextSchema.describe('Summary in our own words (never a quotation).'),
    sources: z.array(IdSchema).min(1, 'needs at least one source').describe('Ids of the sources the facts come from.'),
    evidence: EvidenceSchema.optional(),
    confidence: z
      .enum(confidences)
      .describe(
        'Computed from `evidence` (rule R1): `confirmed` = a primary source or two sources from different publishers report the agreement, `single-source` = one press or primary publisher reports it, `secondary-only` = it rests only on aggregators or mirrors.',
      ),
    doubts: z.array(z.string().min(1)).optional().describe('Facts the sources leave open, in English.'),
  })
  .describe('An agreement between two or more parties.');
export type Partnership = z.infer<typeof PartnershipSchema>;
