import type { Mark } from '@parklinks/core';
import { leaderMarks, type MapMarker, markerMarks } from '@parklinks/core/map';

type Context = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** What the markers' canvas draws, in order: the leader lines and dots, then one mark per marker, as the SVG does. */
export const canvasMarks = (markers: readonly MapMarker[]): Mark[] => [
  ...leaderMarks(markers),
  ...markerMarks(markers, noNames),
];
const noNames: ReadonlyMap<string, string> = new Map();

/** The CSS colours `marks` are drawn in (`var(--pl-…)` included), each once: `CanvasLayer` resolves them. */
export function markColors(marks: readonly Mark[]): string[] {
  const set = new Set<string>();
  const add = (m: Mark) => {
    if (m.fill && m.fill !== 'none') set.add(m.fill);
    if (m.stroke && m.stroke !== 'none') set.add(m.stroke);
    if (m.type === 'group') for (const c of m.children) add(c);
  };
  for (const m of marks) add(m);
  return [...set];
}

const dash = (d: string | undefined) => (d ? d.split(' ').map(Number) : []);

/** One mark: its fill (at `fillOpacity`), then its stroke, as an SVG element of the same mark paints it. */
function drawMark(ctx: Context, m: Mark, ink: ReadonlyMap<string, string>, font: string) {
  if (m.type === 'group') {
    for (const c of m.children) drawMark(ctx, c, ink, font);
    return;
  }
  if (m.type === 'text') {
    ctx.globalAlpha = 1;
    ctx.fillStyle = ink.get(m.fill ?? '') ?? '#000';
    ctx.font = `${m.weight ?? 400} ${m.size ?? 12}px ${font}`;
    ctx.textAlign = m.anchor === 'middle' ? 'center' : m.anchor === 'end' ? 'right' : 'left';
    ctx.textBaseline = m.baseline === 'middle' ? 'middle' : m.baseline === 'hanging' ? 'hanging' : 'alphabetic';
    ctx.fillText(m.text, m.x, m.y);
    return;
  }
  let path: Path2D | undefined;
  ctx.beginPath();
  if (m.type === 'circle') ctx.arc(m.x, m.y, m.r, 0, 2 * Math.PI);
  else if (m.type === 'path') path = new Path2D(m.d);
  else return;
  const fill = m.fill && m.fill !== 'none' ? ink.get(m.fill) : undefined;
  // An SVG shape without a fill is filled black: leader lines say `none`, and every other mark names its fill.
  if (fill) {
    ctx.globalAlpha = m.fillOpacity ?? 1;
    ctx.fillStyle = fill;
    if (path) ctx.fill(path);
    else ctx.fill();
  }
  const stroke = m.stroke && m.stroke !== 'none' ? ink.get(m.stroke) : undefined;
  if (stroke) {
    ctx.globalAlpha = m.strokeOpacity ?? 1;
    ctx.strokeStyle = stroke;
    ctx.lineWidth = m.strokeWidth ?? 1;
    ctx.setLineDash(dash(m.dash));
    if (path) ctx.stroke(path);
    else ctx.stroke();
  }
}

/**
 * Draws the markers' marks (`canvasMarks`) in screen px. `names` are `markColors(marks)`, `colors` the same resolved
 * by the page, in that order; `font` the chart's font family (the cluster counts' text).
 */
export function drawMarks(
  ctx: Context,
  marks: readonly Mark[],
  names: readonly string[],
  colors: readonly string[],
  font: string,
) {
  const ink = new Map(names.map((c, i) => [c, colors[i] ?? c]));
  ctx.lineCap = 'butt';
  for (const m of marks) drawMark(ctx, m, ink, font);
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
}

/** Finds the marker under a point (screen px) among markers drawn on a canvas. */
export type MarkerFinder = (x: number, y: number) => MapMarker | undefined;

/**
 * The marker whose disc holds (`x`, `y`), its stroke included, as the pointer hits an SVG circle: where discs overlap,
 * the one drawn last (on top). Else the nearest within 2 px of its edge, so that small dots are easy to hit.
 * A scan of the layout's positions, copied once into typed arrays (on the first call: call it at idle), with no index
 * to build: 10,000 markers take a fraction of a millisecond (a scan of the marker objects, whose shapes vary, took
 * ~7 ms with the profiler on; a d3-quadtree index ~100 ms to build at that size, and 2 KiB gzip in the bundle). The
 * same point twice in a row (a pointer's `pointerover` then `pointermove`) is answered from the last call.
 */
export function markerFinder(markers: readonly MapMarker[]): MarkerFinder {
  let at: { x: Float64Array; y: Float64Array; r: Float64Array } | undefined;
  let last = { x: Number.NaN, y: Number.NaN, hit: undefined as MapMarker | undefined };
  return (x, y) => {
    if (x === last.x && y === last.y) return last.hit;
    at ??= {
      x: Float64Array.from(markers, (m) => m.x),
      y: Float64Array.from(markers, (m) => m.y),
      r: Float64Array.from(markers, (m) => m.r),
    };
    let inside = -1;
    let near = -1;
    let nearGap = 2;
    for (let i = 0; i < markers.length; i++) {
      const dx = (at.x[i] as number) - x;
      const dy = (at.y[i] as number) - y;
      const r = at.r[i] as number;
      const reach = r + 2;
      if (dx > reach || dx < -reach || dy > reach || dy < -reach) continue;
      const gap = Math.sqrt(dx * dx + dy * dy) - r;
      if (gap <= 1) inside = i;
      else if (gap <= nearGap) [near, nearGap] = [i, gap];
    }
    last = { x, y, hit: markers[inside >= 0 ? inside : near] };
    return last.hit;
  };
}
