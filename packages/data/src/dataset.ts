// @parklinks/data/dataset — the built-in, sourced records and typed look-ups by id. Its own entry, so that an app
// that shows its own records never downloads ours.
export { getOrganization, getPartnership, getSource, resolvePartnershipId } from './builtin.js';
export {
  dataset,
  type OrganizationId,
  organizationIds,
  type PartnershipId,
  partnershipIds,
  type SourceId,
  sourceIds,
} from './generated/dataset.js';
export { type RenamedPartnershipId, renamedPartnershipIds } from './generated/renamed.js';
