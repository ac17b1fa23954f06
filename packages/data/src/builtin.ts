import { dataset, type OrganizationId, type PartnershipId, type SourceId } from './generated/dataset.js';
import { findOrganization, findPartnership, findSource } from './query/lookup.js';
import type { Organization } from './schema/organization.js';
import type { Partnership } from './schema/partnership.js';
import type { Source } from './schema/source.js';

// The ids are literal types, so a misspelt id is a compile error and these never miss.
/** A built-in organization by id, e.g. `getOrganization('zgc-group')`. */
export function getOrganization(id: OrganizationId): Organization {
  return findOrganization(dataset, id) as Organization;
}
/** A built-in partnership by id. */
export function getPartnership(id: PartnershipId): Partnership {
  return findPartnership(dataset, id) as Partnership;
}
/** A built-in source by id. */
export function getSource(id: SourceId): Source {
  return findSource(dataset, id) as Source;
}
