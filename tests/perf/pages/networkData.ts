// What a user of a general network library would derive from a parklinks data set: toNetwork's nodes and links,
// sized by degree and coloured by kind, with the same force settings for @nivo/network and the bare d3-force page.
import { type Dataset, type NetworkNode, toNetwork } from '@parklinks/data';

export type PeerNode = { id: string; size: number; color: string; degree: number };
export type PeerLink = { id: string; source: string; target: string };

const palette: Record<string, string> = {
  organization: '#2c6db5',
  country: '#8e44ad',
  hub: '#e67e22',
};
/** @nivo/network's defaults: link distance 30, repulsivity 10, 120 iterations. */
export const force = { linkDistance: 30, repulsivity: 10, iterations: 120 };

export function peerNetworkData(data: Dataset): { nodes: PeerNode[]; links: PeerLink[] } {
  const net = toNetwork(data);
  const nodes = net.nodes.map((n: NetworkNode) => ({
    id: n.id,
    size: 6 + 2 * Math.sqrt(n.degree),
    color: palette[n.type] ?? '#555',
    degree: n.degree,
  }));
  return { nodes, links: net.links.map((l) => ({ id: l.id, source: l.source, target: l.target })) };
}
