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
 */
export function partnerCountry(data: Dataset, p: Partnership): string | undefined {
  const parties = p.parties.map((x) => party(data, x));
  if (parties.some((x) => x.country === 'CN'))
    return parties.find((x) => x.country && x.country !== 'CN')?.country ?? 'CN';
  return parties.find((x) => x.country)?.country;
}

/** The lane a partnership belongs to under `laneBy`. Unknown values get a lane of their own (`type: 'none'`). */
export function laneOf(data: Dataset, p: Partnership, laneBy: LaneBy): LaneKey {
  if (laneBy === 'kind') return { key: `kind:${p.kind}`, type: 'kind', value: p.kind };
  if (laneBy === 'country') {
    const c = partnerCountry(data, p);
    return c ? { key: `country:${c}`, type: 'country', value: c } : { key: 'none', type: 'none', value: '' };
  }
  for (const x of p.parties) {
    const { country, org } = party(data, x);
    if (country === 'CN' && org) return { key: `org:${org.id}`, type: 'chinese-party', value: org.id };
  }
  return { key: 'none', type: 'none', value: '' };
}

/** Localized name of an organization lane (Chinese party), falling back to its id. */
export function orgLaneName(data: Dataset, id: string, locale: string): string {
  const o = indexDataset(data).organizations.get(id);
  return o ? localize(o.name, locale) : id;
}
