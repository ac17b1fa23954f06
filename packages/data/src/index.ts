export { getOrganization, getPartnership, getSource } from './builtin.js';
export { toCsv } from './csv.js';
export { dateExtent, periodOf, yearOf } from './dates.js';
export {
  dataset,
  type OrganizationId,
  organizationIds,
  type PartnershipId,
  partnershipIds,
  type SourceId,
  sourceIds,
} from './generated/dataset.js';
export { datasetJsonSchema } from './jsonSchema.js';
export * from './query/index.js';
export * from './schema/index.js';
export { type SyntheticOptions, seededRandom, syntheticDataset } from './synthetic.js';
export * from './validate/index.js';
