import { r1 } from '../shared/r1.js';
import type { ZoomTransform } from '../shared/zoomMath.js';
import type { Project } from './arcPaths.js';
import type { MapModel } from './buildMapModel.js';
import { spreadOffsets } from './clusterByCity.js';
import {
  layoutMarkers,
  type MapMarker,
  type MarkerLayoutOptions,
  markerLayoutOptions,
  markerOrder,
  shrunk,
  spreadMembers,
} from './layoutMarkers.js';
import { layoutInfo, type MarkerLayoutInfo, type Region, rememberLayout } from './markerLayoutInfo.js';

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((x) => b.has(x));

/**
 * `layoutMarkers` for `open`, from the layout shown before (`prev`) where it can: the same set of open clusters
 * gives `prev` itself; going back to the set `prev` was opened from gives that layout again; one more open cluster
 * (a selection inside a closed city) places that cluster's members on the free places nearest it — every other
 * marker keeps its place and its object.
 * Anything else (another model, projection, zoom or size, several clusters at once) lays every marker out again.
 */
export function relayoutMarkers(
  prev: readonly MapMarker[] | undefined,
  model: MapModel,
  project: Project,
  t: ZoomTransform,
  open: ReadonlySet<string>,
  options: MarkerLayoutOptions = {},
): readonly MapMarker[] {
  const o = markerLayoutOptions(options);
  const info = prev && layoutInfo(prev);
  const same =
    info &&
    info.model === model &&
    info.project === project &&
    info.t.k === t.k &&
    info.t.x === t.x &&
    info.t.y === t.y &&
    (Object.keys(o) as (keyof typeof o)[]).every((k) => info.options[k] === o[k]);
  if (prev && info && same) {
    if (sameSet(info.open, open)) return prev;
    const back = info.from && layoutInfo(info.from.markers);
    if (info.from && back && sameSet(back.open, open)) return info.from.markers;
    const added = [...open].filter((id) => !info.open.has(id));
    const kept = [...info.open].every((id) => open.has(id));
    if (kept && added.length === 1 && t.k < o.openZoom) {
      const local = openNear(prev, info, added[0] as string, open);
      if (local) return local;
    }
  }
  return layoutMarkers(model, project, t, open, o);
}

/**
 * `prev` with the closed cluster `id` spread out on the free places around it: every other marker stays where it is
 * and keeps its object, so nothing else is laid out or drawn again. Undefined if `id` is not shown closed.
 */
function openNear(
  prev: readonly MapMarker[],
  info: MarkerLayoutInfo,
  id: string,
  open: ReadonlySet<string>,
): MapMarker[] | undefined {
  const closed = prev.find((m) => m.id === id && m.type === 'cluster');
  const c = info.model.clusterById.get(id);
  if (!closed || !c) return undefined;
  const { scale } = info.options;
  const sized = (r: number) => shrunk(r1(r * scale), info.shrink);
  const [cx, cy] = [closed.home.x, closed.home.y];
  // The markers a member could touch: the spiral below stays within 2.2 √(n + 3) of the widest spacing (2 × 16 px
  // scaled, + 4) around the city, and no marker is wider than that spacing.
  const near = 4 * (2 * sized(16) + 4) * Math.sqrt(c.members.length + 3);
  const around = prev.filter((m) => m !== closed && Math.abs(m.x - cx) < near && Math.abs(m.y - cy) < near);
  const free = (m: MapMarker, x: number, y: number) =>
    around.every((a) => Math.hypot(a.x - x, a.y - y) >= a.r + m.r + 1.5);
  const members = spreadMembers(info.model, c, [cx, cy], sized);
  if (!members.every((m) => free(m, m.x, m.y))) {
    // Each member, in spreadMembers' order (largest first), takes the next place on a spiral as fine as the smallest
    // member that neither a marker around nor a member placed before is in the way of: the members fill the free
    // places nearest their city. At most 16 places per member; then the last ones overlap.
    const spacing = 2 * Math.min(...members.map((m) => m.r)) + 1.5;
    const spiral = spreadOffsets(16 * members.length + 32, spacing);
    let k = 0;
    for (const m of members) {
      let [x, y] = [cx, cy];
      for (; k < spiral.length; k++) {
        const [dx, dy] = spiral[k] as [number, number];
        [x, y] = [r1(cx + dx), r1(cy + dy)];
        if (free(m, x, y)) break;
      }
      [m.x, m.y] = [x, y];
      around.push(m);
    }
  }
  const region: Region = { x0: cx - closed.r, y0: cy - closed.r, x1: cx + closed.r, y1: cy + closed.r };
  for (const m of members) {
    region.x0 = Math.min(region.x0, m.x - m.r);
    region.y0 = Math.min(region.y0, m.y - m.r);
    region.x1 = Math.max(region.x1, m.x + m.r);
    region.y1 = Math.max(region.y1, m.y + m.r);
  }
  const out = prev.filter((m) => m !== closed);
  out.push(...members);
  out.sort(markerOrder);
  rememberLayout(out, { ...info, open, from: { markers: prev, region } });
  return out;
}
