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
 * (a selection inside a closed city) spreads that cluster's members and separates the markers of its neighbourhood
 * only, inside a ring of markers that stay where they are — every other marker keeps its place and its object.
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
  const sized = (r: number) => shrunk(Math.round(r * scale * 10) / 10, info.shrink);
  const [cx, cy] = [closed.home.x, closed.home.y];
  // The markers a member could touch: a spiral of four times as many places stays within ~3.5 spacings of √n.
  let maxR = 1;
  for (const m of prev) maxR = Math.max(maxR, m.r);
  const near = 3.5 * (2 * sized(16) + 4) * Math.sqrt(c.members.length + 3) + 2 * maxR;
  const around = prev.filter((m) => m !== closed && Math.abs(m.x - cx) < near && Math.abs(m.y - cy) < near);
  const free = (m: MapMarker, [dx, dy]: readonly number[]) =>
    around.every((a) => Math.hypot(a.x - cx - (dx as number), a.y - cy - (dy as number)) >= a.r + m.r + 1.5);
  const members = spreadMembers(info.model, c, [cx, cy], sized);
  if (!members.every((m) => free(m, [m.x - cx, m.y - cy]))) {
    // Each member, in spreadMembers' order, takes the next place on its spiral that no marker around is in the way
    // of (at most four times as many places as members; then the last ones overlap).
    const spacing = 2 * Math.max(...members.map((m) => m.r)) + 4;
    const spiral = spreadOffsets(Math.max(11, 4 * members.length + 8), spacing);
    let k = 0;
    for (const m of members) {
      while (k < spiral.length - 1 && !free(m, spiral[k] as [number, number])) k++;
      const [dx, dy] = spiral[k++] ?? [0, 0];
      m.x = Math.round((cx + dx) * 10) / 10;
      m.y = Math.round((cy + dy) * 10) / 10;
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
