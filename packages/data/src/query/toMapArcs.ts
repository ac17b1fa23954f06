import type { Dataset } from '../schema/dataset.js';
import type { OrganizationKind } from '../schema/organization.js';
import type { Partnership, PartnershipKind, Party } from '../schema/partnership.js';
import { indexDataset } from './lookup.js';

/** One end of a map arc: a named organization with coordinates, or unnamed parties known by country. */
export type ArcEndpoint =
  | { type: 'organization'; id: string; country: string; lon: number; lat: number }
  | { type: 'country'; country: string; count?: number; kind?: OrganizationKind };

/** One drawn leg of a partnership: bilateral agreements have one, multilateral ones one per member. */
export type MapArc = {
  /** `${partnershipId}:${leg}` — stable across renders. */
  id: string;
  partnershipId: string;
  kind: PartnershipKind;
  from: ArcEndpoint;
  to: ArcEndpoint;
  /** True when the partnership has more than two parties (legs radiate from the convener). */
  multilateral: boolean;
};

/** The party legs are drawn from: the one marked `convener`, else the first named party, else the first. */
export function convenerIndex(p: Partnership): number {
  // One loop, no callback per party: the map's model asks this of every partnership, cold (10,000 at large).
  const parties = p.parties;
  let named = -1;
  for (let i = 0; i < parties.length; i++) {
    const x = parties[i] as Partnership['parties'][number];
    if (!('org' in x)) continue;
    if (x.role === 'convener') return i;
    if (named < 0) named = i;
  }
  return Math.max(named, 0);
}

/**
 * Map legs for every partnership: one arc for a bilateral agreement; for a multilateral one, an
 * arc from the convening party to each other party (a star, not n² links).
 */
export function toMapArcs(data: Dataset): MapArc[] {
  const orgs = indexDataset(data).organizations;
  const endpoint = (party: Party): ArcEndpoint | undefined => {
    if (!('org' in party)) {
      const { country, count, kind } = party.unnamed;
      return { type: 'country', country, ...(count ? { count } : {}), ...(kind ? { kind } : {}) };
    }
    const o = orgs.get(party.org);
    return o && { type: 'organization', id: o.id, country: o.country, lon: o.location.lon, lat: o.location.lat };
  };
  const arcs: MapArc[] = [];
  for (const p of data.partnerships) {
    const c = convenerIndex(p);
    const from = p.parties[c] && endpoint(p.parties[c]);
    if (!from) continue;
    const multilateral = p.parties.length > 2;
    p.parties.forEach((party, i) => {
      if (i === c) return;
      const to = endpoint(party);
      if (to) arcs.push({ id: `${p.id}:${arcs.length}`, partnershipId: p.id, kind: p.kind, from, to, multilateral });
    });
  }
  // Renumber legs per partnership so ids do not depend on what came before.
  const seen = new Map<string, number>();
  for (const a of arcs) {
    const n = seen.get(a.partnershipId) ?? 0;
    seen.set(a.partnershipId, n + 1);
    a.id = `${a.partnershipId}:${n}`;
  }
  return arcs;
}
