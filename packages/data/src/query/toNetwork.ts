import type { Dataset } from '../schema/dataset.js';
import type { OrganizationKind } from '../schema/organization.js';
import type { PartnershipKind } from '../schema/partnership.js';
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
  const nodes = new Map<string, NetworkNode>();
  const links: NetworkLink[] = [];
  const touch = (id: string, make: () => NetworkNode) => {
    const n = nodes.get(id) ?? make();
    nodes.set(id, n);
    return n;
  };
  for (const p of data.partnerships) {
    const members: string[] = [];
    for (const party of p.parties) {
      let node: NetworkNode;
      if ('org' in party) {
        const o = orgs.get(party.org);
        if (!o) continue;
        node = touch(`org:${o.id}`, () => ({
          id: `org:${o.id}`,
          type: 'organization',
          organizationId: o.id,
          country: o.country,
          kind: o.kind,
          label: o.name,
          degree: 0,
        }));
      } else {
        const { country, kind } = party.unnamed;
        node = touch(`country:${country}`, () => ({
          id: `country:${country}`,
          type: 'country',
          country,
          ...(kind ? { kind } : {}),
          label: { en: country },
          degree: 0,
        }));
      }
      if (!members.includes(node.id)) {
        members.push(node.id);
        node.degree += 1;
      }
    }
    if (members.length < 2) continue;
    let n = 0;
    const link = (source: string, target: string) =>
      links.push({
        id: `${p.id}:${n++}`,
        source,
        target,
        partnershipId: p.id,
        kind: p.kind,
        parallelIndex: 0,
        parallelCount: 1,
      });
    if (members.length === 2) link(members[0] as string, members[1] as string);
    else {
      const convener = nodes.get(members[Math.min(convenerIndex(p), members.length - 1)] as string);
      const hub = touch(`hub:${p.id}`, () => ({
        id: `hub:${p.id}`,
        type: 'hub',
        partnershipId: p.id,
        country: convener?.country ?? '',
        label: p.title,
        degree: members.length,
      }));
      for (const m of members) link(hub.id, m);
    }
  }
  const pairs = new Map<string, NetworkLink[]>();
  for (const l of links) {
    const key = [l.source, l.target].sort().join('|');
    const list = pairs.get(key) ?? [];
    list.push(l);
    pairs.set(key, list);
  }
  for (const list of pairs.values())
    list.forEach((l, i) => {
      l.parallelIndex = i;
      l.parallelCount = list.length;
    });
  return { nodes: [...nodes.values()], links };
}
