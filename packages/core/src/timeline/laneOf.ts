import { type Dataset, indexDataset, localize, type Partnership } from '@parklinks/data';

/** What the timeline's lanes group partnerships by. */
export type LaneBy = 'country' | 'kind' | 'chinese-party';

/** A lane's stable key and what it stands for; `value` is a country code, kind or organization id. */
export type LaneKey = { key: string; type: LaneBy | 'none'; value: string };

const party = (data: Dataset, x: Partnership['parties'][number]) => {
  if ('org' in x) {
    const o = indexDataset(data).organizations.get(x.org);
    return { country: o?.country, org: o };
  }
  return { country: x.unnamed.country, org: undefined };
};

/**
 * The partner country of a partnership: when a Chinese party is present, the country of the
 * first non-Chinese party (CN when every party is Chinese); otherwise the first party's country.
 * One pass over the parties, without an object per party (it runs for every partnership).
 */
export function partnerCountry(data: Dataset, p: Partnership): string | undefined {
  const orgs = indexDataset(data).organizations;
  let first: string | undefined;
  let firstOther: string | undefined;
  let chinese = false;
  for (const x of p.parties) {
    const c = 'org' in x ? orgs.get(x.org)?.country : x.unnamed.country;
    if (!c) continue;
    first ??= c;
    if (c === 'CN') chinese = true;
    else firstOther ??= c;
  }
  return chinese ? (firstOther ?? 'CN') : first;
}

// One lane key per country (a lane key is never changed by its users): no object or string per partnership.
const countryLanes = new Map<string, LaneKey>();
const noLane: LaneKey = { key: 'none', type: 'none', value: '' };

/** The lane a partnership belongs to under `laneBy`. Unknown values get a lane of their own (`type: 'none'`). */
export function laneOf(data: Dataset, p: Partnership, laneBy: LaneBy): LaneKey {
  if (laneBy === 'kind') return { key: `kind:${p.kind}`, type: 'kind', value: p.kind };
  if (laneBy === 'country') {
    const c = partnerCountry(data, p);
    if (!c) return { ...noLane };
    let lane = countryLanes.get(c);
    if (!lane) {
      lane = { key: `country:${c}`, type: 'country', value: c };
      countryLanes.set(c, lane);
    }
    return lane;
  }
  for (const x of p.parties) {
    const { country, org } = party(data, x);
    if (country === 'CN' && org) return { key: `org:${org.id}`, type: 'chinese-party', value: org.id };
  }
  return { ...noLane };
}

/** Localized name of an organization lane (Chinese party), falling back to its id. */
export function orgLaneName(data: Dataset, id: string, locale: string): string {
  const o = indexDataset(data).organizations.get(id);
  return o ? localize(o.name, locale) : id;
}
