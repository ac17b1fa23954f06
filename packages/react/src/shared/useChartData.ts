import {
  type Dataset,
  type DatasetFilter,
  filterDataset,
  type ValidationIssue,
  validateDataset,
} from '@parklinks/data';
import { useMemo } from 'react';

/**
 * Validates `data` (once per data object) and applies `filter` (once per distinct filter value).
 * With errors, returns them and an empty data set so the chart can show them in place.
 */
export function useChartData(data: Dataset, filter?: DatasetFilter): { data: Dataset; issues: ValidationIssue[] } {
  const issues = useMemo(() => validateDataset(data).filter((i) => i.severity === 'error'), [data]);
  const key = filter ? JSON.stringify(filter) : '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: the filter is compared by value, through `key`
  const filtered = useMemo(() => {
    if (issues.length > 0) return { organizations: [], partnerships: [], sources: [] };
    return filter ? filterDataset(data, filter) : data;
  }, [data, key, issues]);
  return { data: filtered, issues };
}
