export { checkDataset } from './checkDataset.js';
export { integrityIssues } from './integrityIssues.js';
export {
  computedConfidence,
  evidenceRuleIssues,
  REQUIRE_EVIDENCE_IN_DATA_DIR,
  type RuleIssue,
  type RulePartnership,
  type RuleSource,
} from './rules.js';
export { schemaIssues } from './schemaIssues.js';
export { type Collection, DatasetValidationError, formatIssue, type ValidationIssue } from './types.js';
export { assertValidDataset, type ValidateOptions, validateDataset } from './validateDataset.js';
