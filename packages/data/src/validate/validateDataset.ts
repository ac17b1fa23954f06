import type { Dataset } from '../schema/dataset.js';
import { integrityIssues } from './integrityIssues.js';
import { schemaIssues } from './schemaIssues.js';
import { type Collection, DatasetValidationError, holeMessage, type ValidationIssue } from './types.js';

const collections: Collection[] = ['organizations', 'partnerships', 'sources'];

/** Options of `validateDataset`. */
export type ValidateOptions = {
  /** Every partnership must carry `evidence` (the built-in data's rule; off by default for other data sets). */
  requireEvidence?: boolean;
};

/**
 * Validates a data set against the schema and the cross-record rules, and returns every issue
 * found (never throws). Errors make the data unusable; warnings flag likely mistakes.
 */
export function validateDataset(input: unknown, options: ValidateOptions = {}): ValidationIssue[] {
  if (!input || typeof input !== 'object')
    return [
      {
        severity: 'error',
        collection: 'partnerships',
        index: 0,
        field: '',
        message: 'data set must be an object with organizations, partnerships and sources',
      },
    ];
  const raw = input as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  for (const c of collections) {
    const list = raw[c];
    if (!Array.isArray(list)) {
      issues.push({ severity: 'error', collection: c, index: 0, field: c, message: `${c} must be a list` });
      continue;
    }
    // A for loop, not forEach: forEach skips holes, which every consumer of the data then trips on.
    for (let i = 0; i < list.length; i++) {
      if (i in list) issues.push(...schemaIssues(c, list[i], i));
      else issues.push({ severity: 'error', collection: c, index: i, field: '', message: holeMessage(i) });
    }
  }
  for (const key of Object.keys(raw))
    if (!collections.includes(key as Collection))
      issues.push({
        severity: 'error',
        collection: 'partnerships',
        index: 0,
        field: key,
        message: `unknown top-level key "${key}"`,
      });
  if (issues.length > 0) return issues;
  return integrityIssues(input as Dataset, options);
}

/** Returns the data set typed when it has no errors; throws `DatasetValidationError` listing all of them otherwise. */
export function assertValidDataset(
  input: unknown,
  options: ValidateOptions & { warningsAreErrors?: boolean } = {},
): Dataset {
  const issues = validateDataset(input, options).filter((i) => i.severity === 'error' || options.warningsAreErrors);
  if (issues.length > 0) throw new DatasetValidationError(issues);
  return input as Dataset;
}
