// @parklinks/data — types, the fast render-path check and pure query functions. Nothing here evaluates zod or
// carries the built-in records, so a chart that imports from this entry pays for neither:
//   the built-in data set            → '@parklinks/data/dataset'
//   zod schemas, validateDataset     → '@parklinks/data/schema'
//   loading YAML from a folder       → '@parklinks/data/node'
export { toCsv } from './csv.js';
export { dateExtent, periodOf, yearOf } from './dates.js';
export * from './query/index.js';
export type { Dataset } from './schema/dataset.js';
export type { Location, Organization, OrganizationKind } from './schema/organization.js';
export type {
  Amount,
  NamedParty,
  Partnership,
  PartnershipDate,
  PartnershipKind,
  Party,
  Signatory,
  Topic,
  UnnamedParty,
} from './schema/partnership.js';
export type { LocalizedText } from './schema/primitives.js';
export type { Source } from './schema/source.js';
export * from './schema/vocabulary.js';
export { type SyntheticOptions, seededRandom, syntheticDataset } from './synthetic.js';
export { checkDataset } from './validate/checkDataset.js';
export { type Collection, DatasetValidationError, formatIssue, type ValidationIssue } from './validate/types.js';
