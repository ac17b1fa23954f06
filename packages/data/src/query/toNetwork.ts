import type { Dataset } from '../schema/dataset.js';
import type { Organization, OrganizationKind } from '../schema/organization.js';
import type { Partnership, PartnershipKind } from '../schema/partnership.js';
import type { LocalizedText } from '../schema/primitives.js';
import { indexDataset } from './lookup.js';
import { convenerIndex } from './toMapArcs.js';

/** A node of the partnership graph. */
export type NetworkNode = {
  /** `org:<id>`, `country:<ISO>` (unnamed parties) or `hub:<partnershipId>` (multilateral agreement). */
  id: string;
  type: 'organization' | 'country' | 'hub';
  /** Organization id, for `organization` nodes. */
  organizationId?: string;
  /** Partnership id, for `hub` nodes. */
  partnershipId?: string;
  /** ISO country; hubs take their convener's. */
  country: string;
  /** Organization kind; absent for hubs and for unnamed parties of unknown kind. */
  kind?: OrganizationKind;
  /** Name to show (for `country` nodes, the English form is the ISO code; localize with Intl). */
  label: LocalizedText;
  /** Number of partnerships the node takes part in (for a hub: its member count). */
  degree: number;
};

/** A link of the partnership graph. */
export type NetworkLink = {
  /** `${partnershipId}:${n}` */
  id: string;
  source: string;
  target: string;
  partnershipId: string;
  kind: PartnershipKind;
  /** Position among links joining the same two nodes (0 for the first), so parallel agreements can be told apart. */
  parallelIndex: number;
  /** How many links join the same two nodes. */
  parallelCount: number;
};

export type Network = { nodes: NetworkNode[]; links: NetworkLink[] };

/**
 * Graph of a data set: organizations (and countries for unnamed parties) as nodes; a bilateral
 * partnership is a link; a partnership with more than two parties becomes a small hub node
 * linked to each member, so an alliance of n parks adds n links, not n².
 */
export function toNetwork(data: Dataset): Network {
  const orgs = indexDataset(data).organizations;
  // Nodes in the order first met, found by their record (organization object, country code, partnership id) rather
  // than by a freshly written id string: at 100,000 partnerships hashing those strings was most of the time.
  const nodes: NetworkNode[] = [];
  const byOrg = new Map<Organization, number>();
  const byCountry = new Map<string, number>();
  const byHub = new Map<string, number>();
  const links: NetworkLink[] = [];
  // Each link's ends as node indices, for `numberParallels`.
  const ends: number[] = [];
  const add = (n: NetworkNode) => nodes.push(n) - 1;
  const members: number[] = [];
  for (const p of data.partnerships) {
    members.length = 0;
    for (const party of p.parties) {
      let i: number | undefined;
      if ('org' in party) {
        const o = orgs.get(party.org);
        if (!o) continue;
        i = byOrg.get(o);
        if (i === undefined) {
          const id = `org:${o.id}`;
          i = add({
            id,
            type: 'organization',
            organizationId: o.id,
            country: o.country,
            kind: o.kind,
            label: o.name,
            degree: 0,
          });
          byOrg.set(o, i);
        }
      } else {
        const { country, kind } = party.unnamed;
        i = byCountry.get(country);
        if (i === undefined) {
          const id = `country:${country}`;
          i = add({ id, type: 'country', country, ...(kind ? { kind } : {}), label: { en: country }, degree: 0 });
          byCountry.set(country, i);
        }
      }
      if (!members.includes(i)) {
        members.push(i);
        (nodes[i] as NetworkNode).degree += 1;
      }
    }
    if (members.length < 2) continue;
    if (members.length === 2) {
      const a = members[0] as number;
      const b = members[1] as number;
      links.push(networkLink(`${p.id}:0`, nodes[a] as NetworkNode, nodes[b] as NetworkNode, p));
      ends.push(a, b);
      continue;
    }
    const convener = nodes[members[Math.min(convenerIndex(p), members.length - 1)] as number];
    let hub = byHub.get(p.id);
    if (hub === undefined) {
      hub = add({
        id: `hub:${p.id}`,
        type: 'hub',
        partnershipId: p.id,
        country: convener?.country ?? '',
        label: p.title,
        degree: members.length,
      });
      byHub.set(p.id, hub);
    }
    for (let n = 0; n < members.length; n++) {
      const m = members[n] as number;
      links.push(networkLink(`${p.id}:${n}`, nodes[hub] as NetworkNode, nodes[m] as NetworkNode, p));
      ends.push(hub, m);
    }
  }
  numberParallels(links, ends, nodes.length);
  return { nodes, links };
}

const networkLink = (id: string, source: NetworkNode, target: NetworkNode, p: Partnership): NetworkLink => ({
  id,
  source: source.id,
  target: target.id,
  partnershipId: p.id,
  kind: p.kind,
  parallelIndex: 0,
  parallelCount: 1,
});

/**
 * Numbers the links joining the same two nodes (either way round), in link order; a lone link keeps 0 of 1. A pair is
 * keyed by its two node indices (`ends`, two a link) as one number, not by a string.
 */
function numberParallels(links: NetworkLink[], ends: readonly number[], nodeCount: number): void {
  const byPair = new Map<number, NetworkLink | NetworkLink[]>();
  for (let i = 0; i < links.length; i++) {
    const a = ends[2 * i] as number;
    const b = ends[2 * i + 1] as number;
    const key = a < b ? a * nodeCount + b : b * nodeCount + a;
    const l = links[i] as NetworkLink;
    const seen = byPair.get(key);
    if (!seen) byPair.set(key, l);
    else if (Array.isArray(seen)) seen.push(l);
    else byPair.set(key, [seen, l]);
  }
  for (const seen of byPair.values()) {
    if (!Array.isArray(seen)) continue;
    for (let i = 0; i < seen.length; i++) {
      const l = seen[i] as NetworkLink;
      l.parallelIndex = i;
      l.parallelCount = seen.length;
    }
  }
}
