import type { Dataset, DatasetFilter, PartnershipKind } from '@parklinks/data';
import { indexDataset } from '@parklinks/data';

/** What the reader has picked in the explorer: an organization (map, network) or a partnership (timeline, table). */
export type ExplorerSelection = { type: 'organization' | 'partnership'; id: string };

/** Selection and filter, the whole state the explorer shares between its views. */
export type ExplorerState = { selection: ExplorerSelection | null; filter: DatasetFilter };

const list = (v: string | null) => (v ? v.split(',').filter(Boolean) : undefined);

/** Reads `?pl-org=…&pl-p=…&pl-c=CN,RU&pl-k=memorandum&pl-from=2016&pl-to=2020` (unknown keys ignored). */
export function stateFromQuery(search: string): ExplorerState {
  const q = new URLSearchParams(search);
  const org = q.get('pl-org');
  const p = q.get('pl-p');
  const filter: DatasetFilter = {};
  const countries = list(q.get('pl-c'));
  const kinds = list(q.get('pl-k')) as PartnershipKind[] | undefined;
  if (countries) filter.countries = countries;
  if (kinds) filter.kinds = kinds;
  const from = q.get('pl-from');
  const to = q.get('pl-to');
  if (from && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(from)) filter.from = from;
  if (to && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(to)) filter.to = to;
  const selection: ExplorerSelection | null = p
    ? { type: 'partnership', id: p }
    : org
      ? { type: 'organization', id: org }
      : null;
  return { selection, filter };
}

/** Writes the state into `search`, keeping the page's own query parameters. */
export function queryFromState(state: ExplorerState, search = ''): string {
  const q = new URLSearchParams(search);
  for (const k of ['pl-org', 'pl-p', 'pl-c', 'pl-k', 'pl-from', 'pl-to']) q.delete(k);
  const { selection, filter } = state;
  if (selection) q.set(selection.type === 'organization' ? 'pl-org' : 'pl-p', selection.id);
  if (filter.countries?.length) q.set('pl-c', filter.countries.join(','));
  if (filter.kinds?.length) q.set('pl-k', filter.kinds.join(','));
  if (filter.from) q.set('pl-from', filter.from);
  if (filter.to) q.set('pl-to', filter.to);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/**
 * What each view shows for a selection: map and network select an organization (a picked
 * partnership selects its first named party); the timeline selects a partnership and, when an
 * organization is picked, narrows to that organization's partnerships.
 */
export function linkedSelection(data: Dataset, selection: ExplorerSelection | null) {
  if (!selection) return { organizationId: null, partnershipId: null, timelineOrganizations: undefined };
  if (selection.type === 'organization')
    return { organizationId: selection.id, partnershipId: null, timelineOrganizations: [selection.id] };
  const p = indexDataset(data).partnerships.get(selection.id);
  const first = p?.parties.find((x) => 'org' in x);
  return {
    organizationId: first && 'org' in first ? first.org : null,
    partnershipId: selection.id,
    timelineOrganizations: undefined,
  };
}
