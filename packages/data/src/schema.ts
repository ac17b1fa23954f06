// @parklinks/data/schema — the zod schemas (a description on every field), the full validation with its
// editorial rules, and the JSON Schema. The only entry that evaluates zod.
export { datasetJsonSchema } from './jsonSchema.js';
export * from './schema/index.js';
export { assertValidDataset, integrityIssues, schemaIssues, validateDataset } from './validate/index.js';
