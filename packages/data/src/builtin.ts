import { dataset, type OrganizationId, type PartnershipId, type SourceId } from './generated/dataset.js';
import { type RenamedPartnershipId, renamedPartnershipIds } from './generated/renamed.js';
import { findOrganization, findPartnership, findSource } from './query/lookup.js';
import type { Organization } from './schema/organization.js';
import type { Partnership } from './schema/partnership.js';
import type { Source } from './schema/source.js';

// The ids are literal types, so a misspelt id is a compile error and these never miss.
/** A built-in organization by id, e.g. `getOrganization('zgc-group')`. */
export function getOrganization(id: OrganizationId): Organization {
  return findOrganization(dataset, id) as Organization;
}
/**
 * The current id of a built-in partnership: `id` itself, or the new id of a renamed one (data/renamed.yaml);
 * `undefined` when neither. The embed's `selected` attribute goes through it, so old links keep working.
 */
export function resolvePartnershipId(id: string): PartnershipId | undefined {
  if (Object.hasOwn(renamedPartnershipIds, id)) return renamedPartnershipIds[id as RenamedPartnershipId];
  return findPartnership(dataset, id) ? (id as PartnershipId) : undefined;
}
/** A built-in partnership by id; an old id of a renamed partnership gives the renamed record. */
export function getPartnership(id: PartnershipId | RenamedPartnershipId): Partnership {
  return findPartnership(dataset, resolvePartnershipId(id) ?? id) as Partnership;
}
/** A built-in source by id. */
export function getSource(id: SourceId): Source {
  return findSource(dataset, id) as Source;
}
