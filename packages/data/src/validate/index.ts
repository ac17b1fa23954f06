export { checkDataset } from './checkDataset.js';
export { integrityIssues } from './integrityIssues.js';
export { schemaIssues } from './schemaIssues.js';
export { type Collection, DatasetValidationError, formatIssue, type ValidationIssue } from './types.js';
export { assertValidDataset, validateDataset } from './validateDataset.js';
