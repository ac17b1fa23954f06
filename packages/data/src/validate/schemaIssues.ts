import type { z } from 'zod';
import { OrganizationSchema } from '../schema/organization.js';
import { PartnershipSchema } from '../schema/partnership.js';
import { SourceSchema } from '../schema/source.js';
import type { Collection, ValidationIssue } from './types.js';

const schemas = { organizations: OrganizationSchema, partnerships: PartnershipSchema, sources: SourceSchema };

type ZodIssue = z.core.$ZodIssue;

/** Flattens union errors to the branch the record was evidently written for (`org:` vs `unnamed:`). */
function flatten(issue: ZodIssue, input: unknown, root: unknown): { path: PropertyKey[]; message: string }[] {
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const value = issue.path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown> | undefined)?.[k], root);
    const branch = value && typeof value === 'object' && 'unnamed' in value ? 1 : 0;
    const chosen = issue.errors[Math.min(branch, issue.errors.length - 1)] ?? [];
    if (chosen.length > 0)
      return chosen.flatMap((i) => flatten({ ...i, path: [...issue.path, ...i.path] } as ZodIssue, input, root));
  }
  if (issue.code === 'unrecognized_keys')
    return issue.keys.map((k) => ({ path: [...issue.path, k], message: 'is not a known field' }));
  return [{ path: issue.path, message: issue.message }];
}

/** Checks one record against its zod schema and returns located issues. */
export function schemaIssues(collection: Collection, record: unknown, index: number): ValidationIssue[] {
  const result = schemas[collection].safeParse(record);
  if (result.success) return [];
  const id =
    record && typeof record === 'object' && typeof (record as { id?: unknown }).id === 'string'
      ? (record as { id: string }).id
      : undefined;
  return result.error.issues.flatMap((issue) =>
    flatten(issue, record, record).map(({ path, message }) => ({
      severity: 'error' as const,
      collection,
      index,
      ...(id ? { id } : {}),
      field: path.map(String).join('.'),
      message: message.replace(/^Invalid input: /, ''),
    })),
  );
}
