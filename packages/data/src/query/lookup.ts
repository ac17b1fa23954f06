import type { Dataset } from '../schema/dataset.js';
import type { Organization } from '../schema/organization.js';
import type { Partnership } from '../schema/partnership.js';
import type { Source } from '../schema/source.js';

/** Organization with `id` in `data`, or undefined. */
export function findOrganization(data: Dataset, id: string): Organization | undefined {
  return data.organizations.find((o) => o.id === id);
}
/** Partnership with `id` in `data`, or undefined. */
export function findPartnership(data: Dataset, id: string): Partnership | undefined {
  return data.partnerships.find((p) => p.id === id);
}
/** Source with `id` in `data`, or undefined. */
export function findSource(data: Dataset, id: string): Source | undefined {
  return data.sources.find((s) => s.id === id);
}

/** Index of a data set's records by id, for code that looks many up. */
export type DatasetIndex = {
  organizations: Map<string, Organization>;
  partnerships: Map<string, Partnership>;
  sources: Map<string, Source>;
};
const indexes = new WeakMap<Dataset, DatasetIndex>();
/** Builds (once per data set object) maps from id to record. */
export function indexDataset(data: Dataset): DatasetIndex {
  let idx = indexes.get(data);
  if (!idx) {
    idx = {
      organizations: new Map(data.organizations.map((o) => [o.id, o])),
      partnerships: new Map(data.partnerships.map((p) => [p.id, p])),
      sources: new Map(data.sources.map((s) => [s.id, s])),
    };
    indexes.set(data, idx);
  }
  return idx;
}

/** Countries (ISO codes) of all parties to `p`, named or not, without repeats, in party order. */
export function partyCountries(data: Dataset, p: Partnership): string[] {
  const orgs = indexDataset(data).organizations;
  const out = new Set<string>();
  for (const party of p.parties) {
    const c = 'org' in party ? orgs.get(party.org)?.country : party.unnamed.country;
    if (c) out.add(c);
  }
  return [...out];
}

/** Number of partnerships each organization is a named party to. */
export function partnershipCounts(data: Dataset): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of data.partnerships)
    for (const party of p.parties) if ('org' in party) counts.set(party.org, (counts.get(party.org) ?? 0) + 1);
  return counts;
}
