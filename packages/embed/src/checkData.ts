import { checkDataset as checkRecords, type Dataset, formatIssue } from '@parklinks/data';
import type { LoadResult } from './loadDataset.js';

/**
 * Checks an already parsed value as a data set (`checkDataset` of @parklinks/data: what the charts
 * rely on, no zod); `label` names it in the problem.
 */
export function checkDataset(value: unknown, label: string): LoadResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return {
      ok: false,
      problem: `${label} is not a parklinks data set (expected an object with organizations, partnerships, sources)`,
    };
  let errors: ReturnType<typeof checkRecords>;
  try {
    errors = checkRecords(value);
  } catch (e) {
    return { ok: false, problem: `${label} could not be validated: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (errors.length === 0) return { ok: true, data: value as Dataset };
  const first = errors.slice(0, 3).map(formatIssue);
  const more = errors.length > 3 ? ` (and ${errors.length - 3} more)` : '';
  return {
    ok: false,
    problem: `${label} has ${errors.length} bad record field${errors.length === 1 ? '' : 's'}: ${first.join('; ')}${more}`,
  };
}
