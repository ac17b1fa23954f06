import { periodOf } from '../dates.js';
import type { Dataset } from '../schema/dataset.js';
import type { OrganizationKind } from '../schema/organization.js';
import type { Partnership, PartnershipKind, Topic } from '../schema/partnership.js';
import { indexDataset, partyCountries } from './lookup.js';

/** Which partnerships to keep. Every given criterion must hold; within one criterion any value matches. */
export type DatasetFilter = {
  /** Keep partnerships with a party (named or unnamed) in one of these ISO countries. */
  countries?: readonly string[];
  /** Keep partnerships of these kinds. */
  kinds?: readonly PartnershipKind[];
  /** Keep partnerships with a named party of one of these organization kinds. */
  organizationKinds?: readonly OrganizationKind[];
  /** Keep partnerships covering one of these topics. */
  topics?: readonly Topic[];
  /** Keep partnerships involving one of these organizations (by id). */
  organizations?: readonly string[];
  /** Keep partnerships whose date period overlaps a period starting at this `YYYY[-MM[-DD]]`. */
  from?: string;
  /** Keep partnerships whose date period overlaps a period ending with this `YYYY[-MM[-DD]]`. */
  to?: string;
  /** Keep undated partnerships even when `from`/`to` is set. Default: true without a range, false with one. */
  includeUndated?: boolean;
};

/** Whether one partnership passes `filter`. */
export function matchesFilter(data: Dataset, p: Partnership, filter: DatasetFilter): boolean {
  const orgs = indexDataset(data).organizations;
  if (filter.kinds?.length && !filter.kinds.includes(p.kind)) return false;
  if (filter.topics?.length && !p.topics.some((t) => filter.topics?.includes(t))) return false;
  if (filter.countries?.length && !partyCountries(data, p).some((c) => filter.countries?.includes(c))) return false;
  if (filter.organizations?.length && !p.parties.some((x) => 'org' in x && filter.organizations?.includes(x.org)))
    return false;
  if (
    filter.organizationKinds?.length &&
    !p.parties.some((x) => {
      const kind = 'org' in x ? orgs.get(x.org)?.kind : x.unnamed.kind;
      return kind !== undefined && filter.organizationKinds?.includes(kind);
    })
  )
    return false;
  const ranged = filter.from !== undefined || filter.to !== undefined;
  if (!p.date) return filter.includeUndated ?? !ranged;
  const { start, end } = periodOf(p.date.value);
  if (filter.from !== undefined && end < periodOf(filter.from).start) return false;
  if (filter.to !== undefined && start > periodOf(filter.to).end) return false;
  return true;
}

/**
 * A new data set with only the partnerships that pass `filter`, the organizations they name (and
 * those organizations' parents) and the sources they cite. Record order is kept.
 */
export function filterDataset(data: Dataset, filter: DatasetFilter = {}): Dataset {
  const partnerships = data.partnerships.filter((p) => matchesFilter(data, p, filter));
  const orgs = indexDataset(data).organizations;
  const orgIds = new Set<string>();
  const sourceIds = new Set<string>();
  for (const p of partnerships) {
    for (const s of p.sources) sourceIds.add(s);
    for (const party of p.parties) {
      let id: string | undefined = 'org' in party ? party.org : undefined;
      while (id !== undefined && !orgIds.has(id)) {
        orgIds.add(id);
        id = orgs.get(id)?.parent;
      }
    }
  }
  const organizations = data.organizations.filter((o) => orgIds.has(o.id));
  for (const o of organizations) for (const s of o.sources ?? []) sourceIds.add(s);
  return { organizations, partnerships, sources: data.sources.filter((s) => sourceIds.has(s.id)) };
}
