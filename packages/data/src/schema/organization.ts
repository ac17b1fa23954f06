import * as z from 'zod';
import { CountrySchema, HttpUrlSchema, IdSchema, LocalizedTextSchema } from './primitives.js';
import { locationPrecisions, organizationKinds } from './vocabulary.js';

export const OrganizationKindSchema = z
  .enum(organizationKinds)
  .describe(
    'What the organization is: a science or technology park, a (Chinese) hi-tech zone, an innovation cluster, a city government, a national or regional agency, a group that develops or runs parks, a company, a university, a research institute, or an association of parks.',
  );
export type OrganizationKind = z.infer<typeof OrganizationKindSchema>;

export const LocationSchema = z
  .strictObject({
    lon: z.number().min(-180).max(180).describe('Longitude in degrees east (WGS 84), -180 to 180.'),
    lat: z.number().min(-90).max(90).describe('Latitude in degrees north (WGS 84), -90 to 90.'),
    precision: z
      .enum(locationPrecisions)
      .describe(
        'How precise the point is: `site` = the park or office itself, `city` = the city centre, `country` = a representative point of the country.',
      ),
  })
  .describe('Where the organization is, with the precision of the point.');
export type Location = z.infer<typeof LocationSchema>;

export const OrganizationSchema = z
  .strictObject({
    id: IdSchema,
    kind: OrganizationKindSchema,
    name: LocalizedTextSchema.describe('Official name in English plus the native-script name(s).'),
    shortName: z.string().min(1).optional().describe('Common abbreviation, e.g. ZGC, HIDZ, MIC.'),
    city: LocalizedTextSchema.optional().describe('City (or town) the organization is in; omitted when unknown.'),
    country: CountrySchema,
    location: LocationSchema,
    parent: IdSchema.optional().describe(
      'Id of the organization this one belongs to: the city a zone belongs to, the group that runs a park.',
    ),
    website: HttpUrlSchema.optional().describe('Official website.'),
    sources: z
      .array(IdSchema)
      .optional()
      .describe('Ids of sources that support facts about the organization itself (location, parent, name).'),
    note: z.string().min(1).optional().describe('Editorial note in English: doubts, naming variants.'),
  })
  .describe('A technology park, zone, cluster, government, company or other body that takes part in partnerships.');
export type Organization = z.infer<typeof OrganizationSchema>;
