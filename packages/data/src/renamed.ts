// @parklinks/data/renamed — the old ids of renamed built-in partnerships (data/renamed.yaml) and their new ids, on
// their own: an embed that keeps old codes working needs this small table, not the records of `/dataset`.
export { type RenamedPartnershipId, renamedPartnershipIds } from './generated/renamed.js';
