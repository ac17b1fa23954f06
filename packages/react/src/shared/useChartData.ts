import { checkDataset, type Dataset, type DatasetFilter, filterDataset, type ValidationIssue } from '@parklinks/data';
import { useMemo } from 'react';

/**
 * Checks `data` with `checkDataset` (once per data object: what rendering relies on, no zod; the
 * full schema check is `validateDataset`, for the CLI and the build) and applies `filter` (once per distinct filter value).
 * With errors, returns them and an empty data set so the chart can show them in place.
 */
// One check per data object, however many charts (an explorer has four) draw it.
const validated = new WeakMap<Dataset, ValidationIssue[]>();
function errorsOf(data: Dataset): ValidationIssue[] {
  let issues = validated.get(data);
  if (!issues) {
    issues = checkDataset(data);
    if (data && typeof data === 'object') validated.set(data, issues);
  }
  return issues;
}

export function useChartData(data: Dataset, filter?: DatasetFilter): { data: Dataset; issues: ValidationIssue[] } {
  const issues = useMemo(() => errorsOf(data), [data]);
  const key = filter ? JSON.stringify(filter) : '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: the filter is compared by value, through `key`
  const filtered = useMemo(() => {
    if (issues.length > 0) return { organizations: [], partnerships: [], sources: [] };
    return filter ? filterDataset(data, filter) : data;
  }, [data, key, issues]);
  return { data: filtered, issues };
}
