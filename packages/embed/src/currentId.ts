import type { Dataset } from '@parklinks/data';
// Its own entry: importing the table through `/dataset` would make the records a static import of every view's code.
import { renamedPartnershipIds } from '@parklinks/data/renamed';

/**
 * `selected` as the data knows it: an id the data has stays; an old id of a renamed built-in partnership
 * (data/renamed.yaml) becomes its new id, so embed codes written before a rename keep selecting the record.
 */
export function currentId(id: string | undefined, data: Dataset): string | undefined {
  if (id === undefined || !Object.hasOwn(renamedPartnershipIds, id)) return id;
  if (data.partnerships.some((p) => p.id === id)) return id;
  return renamedPartnershipIds[id as keyof typeof renamedPartnershipIds];
}
