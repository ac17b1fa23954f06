import type { ZoomTransform } from '../shared/zoomMath.js';
import type { Project } from './arcPaths.js';
import type { MapModel } from './buildMapModel.js';
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
import { separateMarkers } from './separateMarkers.js';

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

/** `prev` with the closed cluster `id` spread out, its neighbourhood separated again; undefined if it is not shown closed. */
function openNear(
  prev: readonly MapMarker[],
  info: MarkerLayoutInfo,
  id: string,
  open: ReadonlySet<string>,
): MapMarker[] | undefined {
  const closed = prev.find((m) => m.id === id && m.type === 'cluster');
  const c = info.model.clusterById.get(id);
  if (!closed || !c) return undefined;
  const scale = info.options.scale;
  const sized = (r: number) => Math.round(r * scale * 10) / 10;
  const [cx, cy] = [closed.home.x, closed.home.y];
  const members = spreadMembers(info.model, c, [cx, cy], sized);
  for (const m of members) m.r = shrunk(m.r, info.shrink);
  let reach = closed.r;
  let maxR = 1;
  for (const m of members) {
    reach = Math.max(reach, Math.hypot(m.x - cx, m.y - cy) + m.r);
    maxR = Math.max(maxR, m.r);
  }
  for (const m of prev) maxR = Math.max(maxR, m.r);
  // Markers this close may be pushed; the next ring (one grid cell of `separateMarkers`) holds them in place.
  const cell = 2 * maxR + 1.5;
  const moveR = 2 * reach + 2 * cell;
  const movable: MapMarker[] = [];
  const fixed: MapMarker[] = [];
  for (const m of prev) {
    if (m === closed) continue;
    const d = Math.hypot(m.x - cx, m.y - cy);
    if (d <= moveR) movable.push(m);
    else if (d <= moveR + cell) fixed.push(m);
  }
  const discs = [...members, ...movable, ...fixed];
  const free = members.length + movable.length;
  const moved = separateMarkers(discs, { fixed: discs.map((_, i) => i >= free) });
  const region: Region = { x0: cx - closed.r, y0: cy - closed.r, x1: cx + closed.r, y1: cy + closed.r };
  const grow = (x: number, y: number, r: number) => {
    region.x0 = Math.min(region.x0, x - r);
    region.y0 = Math.min(region.y0, y - r);
    region.x1 = Math.max(region.x1, x + r);
    region.y1 = Math.max(region.y1, y + r);
  };
  const changed = new Map<MapMarker, MapMarker>();
  discs.forEach((m, i) => {
    const [x, y] = moved[i] ?? [m.x, m.y];
    if (i < members.length) {
      m.x = x;
      m.y = y;
      grow(x, y, m.r);
    } else if (x !== m.x || y !== m.y) {
      changed.set(m, { ...m, x, y });
      grow(m.x, m.y, m.r);
      grow(x, y, m.r);
    }
  });
  const out = prev.filter((m) => m !== closed).map((m) => changed.get(m) ?? m);
  out.push(...members);
  out.sort(markerOrder);
  rememberLayout(out, { ...info, open, from: { markers: prev, region } });
  return out;
}
