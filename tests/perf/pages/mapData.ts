// What a user of a general map library would derive from a parklinks data set: one marker per organization and
// one line per partnership leg (unnamed parties at the mean position of that country's organizations).
import { type ArcEndpoint, type Dataset, toMapArcs } from '@parklinks/data';

export type LonLat = [number, number];
export type PeerArc = { id: string; from: LonLat; to: LonLat; parks: string[] };
export type PeerMarker = { id: string; at: LonLat };

export function peerMapData(data: Dataset): { markers: PeerMarker[]; arcs: PeerArc[]; byPark: Map<string, PeerArc[]> } {
  const markers = data.organizations.map((o) => ({ id: o.id, at: [o.location.lon, o.location.lat] as LonLat }));
  const sums = new Map<string, [number, number, number]>();
  for (const o of data.organizations) {
    const s = sums.get(o.country) ?? [0, 0, 0];
    sums.set(o.country, [s[0] + o.location.lon, s[1] + o.location.lat, s[2] + 1]);
  }
  const at = (e: ArcEndpoint): LonLat | undefined => {
    if (e.type === 'organization') return [e.lon, e.lat];
    const s = sums.get(e.country);
    return s && [s[0] / s[2], s[1] / s[2]];
  };
  const arcs: PeerArc[] = [];
  const byPark = new Map<string, PeerArc[]>();
  for (const a of toMapArcs(data)) {
    const from = at(a.from);
    const to = at(a.to);
    if (!from || !to) continue;
    const parks = [a.from, a.to].flatMap((e) => (e.type === 'organization' ? [e.id] : []));
    const arc = { id: a.id, from, to, parks };
    arcs.push(arc);
    for (const p of parks) byPark.set(p, [...(byPark.get(p) ?? []), arc]);
  }
  return { markers, arcs, byPark };
}
