import type { Selection } from './types.js';

const prefixes = {
  'country:': 'country',
  'hub:': 'hub',
  'org:': 'organization',
  'partnership:': 'partnership',
} as const;

/**
 * The selection a plain id stands for. Charts' `selectedId` props take an organization or partnership id
 * as it is in the data (`zgc-group`, `moscow-shenzhen-2024`), or a prefixed id for the other kinds
 * (`country:EG`, `hub:beijing`). A plain id is an organization when `isPartnership` says it is not a
 * partnership id (default: organization).
 */
export function parseSelection(
  id: string | null | undefined,
  isPartnership?: (id: string) => boolean,
): Selection | null {
  if (!id) return null;
  for (const [prefix, type] of Object.entries(prefixes) as [keyof typeof prefixes, Selection['type']][])
    if (id.startsWith(prefix)) return { type, id: id.slice(prefix.length) };
  return { type: isPartnership?.(id) ? 'partnership' : 'organization', id };
}

/** A selection as one string: the plain id for organizations and partnerships, `country:<ISO>` / `hub:<id>` otherwise. */
export function selectionKey(s: Selection): string {
  return s.type === 'organization' || s.type === 'partnership' ? s.id : `${s.type}:${s.id}`;
}

/** Whether two selections are the same thing. */
export const sameSelection = (a: Selection | null | undefined, b: Selection | null | undefined): boolean =>
  !!a && !!b && a.type === b.type && a.id === b.id;
