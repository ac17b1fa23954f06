import * as z from 'zod';
import { OrganizationSchema } from './organization.js';
import { PartnershipSchema } from './partnership.js';
import { SourceSchema } from './source.js';

export const DatasetSchema = z
  .strictObject({
    organizations: z.array(OrganizationSchema).describe('Every organization that some partnership names.'),
    partnerships: z.array(PartnershipSchema).describe('The partnerships.'),
    sources: z.array(SourceSchema).describe('Every source some record cites.'),
  })
  .describe('A parklinks data set: organizations, partnerships and their sources.');
export type Dataset = z.infer<typeof DatasetSchema>;
