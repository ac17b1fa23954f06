import type { OrganizationKind } from '@parklinks/data';
import { r1 } from '../shared/r1.js';
import type { ZoomTransform } from '../shared/zoomMath.js';
import type { Project } from './arcPaths.js';
import type { MapModel } from './buildMapModel.js';
import { type CityCluster, spreadOffsets } from './clusterByCity.js';
import { rememberLayout } from './markerLayoutInfo.js';
import { separateMarkers } from './separateMarkers.js';

/** A marker on screen (px, after zoom): an organization, a closed city cluster, or a country's unnamed parties. */
export type MapMarker = {
  /** Organization id, cluster id (`city:…`) or `country:<ISO>`. */
  id: string;
  type: 'organization' | 'cluster' | 'country';
  x: number;
  y: number;
  r: number;
  /** Organization kind; for unnamed parties the kind when the sources give only one. */
  kind?: OrganizationKind;
  /** Organizations the marker stands for (empty for unnamed parties). */
  members: string[];
  /** Partnerships the marker takes part in. */
  partnerships: number;
  /** Where the marker belongs (its place, or its open cluster's centre); a leader line joins it when moved. */
  home: { x: number; y: number };
  /** For an organization spread out of an open cluster: the cluster's id. */
  cluster?: string;
};

export type MarkerLayoutOptions = {
  openZoom?: number;
  scale?: number;
  area?: number;
  maxCover?: number;
  minShrink?: number;
};

/** The options with their defaults (see `layoutMarkers`). */
export const markerLayoutOptions = (o: MarkerLayoutOptions): Required<MarkerLayoutOptions> => ({
  openZoom: o.openZoom ?? 4,
  scale: o.scale ?? 1,
  area: o.area ?? Number.POSITIVE_INFINITY,
  maxCover: o.maxCover ?? 0.12,
  minShrink: o.minShrink ?? 0.4,
});

/** Marker radius (px) for a number of partnerships: area grows with the count, capped. */
export const markerRadius = (n: number) => Math.min(16, Math.round((3.5 + 2.2 * Math.sqrt(n)) * 10) / 10);
const clusterRadius = (n: number) => Math.min(18, Math.round((7 + 1.6 * Math.sqrt(n)) * 10) / 10);

/**
 * Places the markers on screen for a projection and zoom. A city cluster stays one marker until
 * it is in `open` or the zoom reaches `openZoom`; open ones spread their members around the centre.
 * `scale` shrinks every marker on small maps; where the markers together would cover more than
 * `maxCover` of the map (`area`, its px² at zoom 1, grown by the zoom) they shrink too, down to
 * `minShrink` of their size (2,000 parks cover a 960 × 600 map more than once: at full size they could
 * only be drawn as a carpet pushed far from their places). Overlapping markers are then pushed apart (`separateMarkers`), keeping `home` for a leader line.
 * Unnamed-party rings come first, then larger markers before smaller, so small ones draw on top.
 */
export function layoutMarkers(
  model: MapModel,
  project: Project,
  t: ZoomTransform,
  open: ReadonlySet<string>,
  options: MarkerLayoutOptions = {},
): MapMarker[] {
  const { openZoom, scale, area, maxCover, minShrink } = markerLayoutOptions(options);
  const sized = (r: number) => Math.round(r * scale * 10) / 10;
  const screen = (lon: number, lat: number) => {
    const p = project([lon, lat]);
    return p && ([r1(p[0] * t.k + t.x), r1(p[1] * t.k + t.y)] as const);
  };
  const out: MapMarker[] = [];
  for (const c of model.countryParties) {
    const p = screen(c.lon, c.lat);
    if (!p) continue;
    const kind = c.kinds.length === 1 ? c.kinds[0] : undefined;
    out.push({
      id: c.id,
      type: 'country',
      x: p[0],
      y: p[1],
      home: { x: p[0], y: p[1] },
      r: sized(markerRadius(c.partnerships) + 1),
      members: [],
      partnerships: c.partnerships,
      ...(kind ? { kind } : {}),
    });
  }
  for (const c of model.clusters) {
    const p = screen(c.lon, c.lat);
    if (!p) continue;
    if (c.members.length > 1 && !open.has(c.id) && t.k < openZoom) {
      const n = model.clusterCounts.get(c.id) ?? 0;
      out.push({
        id: c.id,
        type: 'cluster',
        x: p[0],
        y: p[1],
        home: { x: p[0], y: p[1] },
        r: sized(clusterRadius(n)),
        members: c.members,
        partnerships: n,
      });
      continue;
    }
    out.push(...spreadMembers(model, c, p, sized));
  }
  const cover = (Math.PI * out.reduce((sum, m) => sum + m.r * m.r, 0)) / (area * t.k * t.k);
  const shrink = cover > maxCover ? Math.max(minShrink, Math.sqrt(maxCover / cover)) : 1;
  if (shrink < 1) for (const m of out) m.r = shrunk(m.r, shrink);
  const moved = separateMarkers(out);
  out.forEach((m, i) => {
    [m.x, m.y] = moved[i] ?? [m.x, m.y];
  });
  const sorted = out.sort(markerOrder);
  rememberLayout(sorted, { model, project, t, open, options: { openZoom, scale, area, maxCover, minShrink }, shrink });
  return sorted;
}

/** A radius after the crowd shrink (never below 2 px). */
export const shrunk = (r: number, shrink: number) => (shrink < 1 ? Math.max(2, r1(r * shrink)) : r);

/** Drawing order: unnamed-party rings first, then larger markers before smaller (small ones on top), then by id. */
export function markerOrder(a: MapMarker, b: MapMarker): number {
  const rank = (m: MapMarker) => (m.type === 'country' ? 0 : 1);
  return rank(a) - rank(b) || b.r - a.r || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The markers of an open city cluster (or of an organization alone in its place), spread around the cluster's
 * centre `p` (screen px) with `sized` radii, before any crowd shrink and separation.
 */
export function spreadMembers(
  model: MapModel,
  c: CityCluster,
  p: readonly [number, number],
  sized: (r: number) => number,
): MapMarker[] {
  const count = (id: string) => model.counts.get(id) ?? 0;
  const members = [...c.members].sort((a, b) => count(b) - count(a) || (a < b ? -1 : 1));
  const spacing = 2 * sized(Math.max(...members.map((m) => markerRadius(count(m))))) + 4;
  const offsets = spreadOffsets(members.length, spacing);
  return members.map((id, i) => {
    const o = model.organizations.get(id);
    const [dx, dy] = offsets[i] ?? [0, 0];
    return {
      id,
      type: 'organization',
      x: r1(p[0] + dx),
      y: r1(p[1] + dy),
      r: sized(markerRadius(count(id))),
      members: [id],
      partnerships: count(id),
      ...(o ? { kind: o.kind } : {}),
      home: { x: p[0], y: p[1] },
      ...(members.length > 1 ? { cluster: c.id } : {}),
    };
  });
}

/** The same markers moved by (dx, dy) px, for panning without laying them out again. */
export function shiftMarkers(markers: readonly MapMarker[], dx: number, dy: number): readonly MapMarker[] {
  if (dx === 0 && dy === 0) return markers;
  return markers.map((m) => ({
    ...m,
    x: r1(m.x + dx),
    y: r1(m.y + dy),
    home: { x: r1(m.home.x + dx), y: r1(m.home.y + dy) },
  }));
}
