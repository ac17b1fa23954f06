import { r1 as round } from '../shared/r1.js';

/** Gap in px between neighbouring parallel links at their middle. */
const GAP = 10;

/** Where a link is drawn, in layout px rounded to 0.1 px: its ends and, when it bows, the quadratic curve's control point. */
export type LinkGeometry = { x1: number; y1: number; x2: number; y2: number; cx: number; cy: number };

/**
 * The geometry `linkPath` writes: the ends rounded to 0.1 px and, for one of several parallel links, the control
 * point of its curve (`cx`/`cy`, NaN for a straight link). Numbers only: the canvas traces these without a string.
 */
export function linkGeometry(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  parallelIndex = 0,
  parallelCount = 1,
  flip = false,
): LinkGeometry {
  const g = { x1: 0, y1: 0, x2: 0, y2: 0, cx: 0, cy: 0 };
  setLinkGeometry(g, x1, y1, x2, y2, parallelIndex, parallelCount, flip);
  return g;
}

/** `linkGeometry` written into `out` (a link view carries its own geometry: no object per link). */
export function setLinkGeometry(
  out: LinkGeometry,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  parallelIndex: number,
  parallelCount: number,
  flip: boolean,
): void {
  const offset = parallelIndex - (parallelCount - 1) / 2;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const len = Math.sqrt(dx * dx + dy * dy);
  out.x1 = round(x1);
  out.y1 = round(y1);
  out.x2 = round(x2);
  out.y2 = round(y2);
  if (offset === 0 || len === 0) {
    out.cx = Number.NaN;
    out.cy = Number.NaN;
    return;
  }
  // The control point sits twice as far out as the curve's midpoint; shorter links bow less.
  const bow = (2 * offset * Math.min(GAP, len / (parallelCount + 1)) * (flip ? -1 : 1)) / len;
  out.cx = round((x1 + x2) / 2 - dy * bow);
  out.cy = round((y1 + y2) / 2 + dx * bow);
}

/** The SVG path of a link's geometry: `M x1,y1 L x2,y2`, or `M x1,y1 Q cx,cy x2,y2` when it bows. */
export function geometryPath(g: LinkGeometry): string {
  return Number.isNaN(g.cx) ? `M${g.x1},${g.y1}L${g.x2},${g.y2}` : `M${g.x1},${g.y1}Q${g.cx},${g.cy} ${g.x2},${g.y2}`;
}

/**
 * SVG path of a link from (x1, y1) to (x2, y2). A single link is straight; parallel agreements
 * between the same two nodes bow apart as quadratic curves, symmetric about the straight line
 * (`parallelIndex` 0 … `parallelCount` − 1). `flip` (source id after target id) keeps the bows
 * on the same sides whichever way round each link was stored. Coordinates rounded to 0.1 px.
 */
export function linkPath(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  parallelIndex = 0,
  parallelCount = 1,
  flip = false,
): string {
  return geometryPath(linkGeometry(x1, y1, x2, y2, parallelIndex, parallelCount, flip));
}

/** Where `traceLinkPath` traces to: a `Path2D` or a canvas context is one as is. */
export type LinkSink = {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  quadraticCurveTo(cx: number, cy: number, x: number, y: number): void;
};

/** Traces a link's geometry into `sink`: the same commands as its `d`, read from numbers instead of a string. */
export function traceLink(g: LinkGeometry, sink: LinkSink): void {
  sink.moveTo(g.x1, g.y1);
  if (Number.isNaN(g.cx)) sink.lineTo(g.x2, g.y2);
  else sink.quadraticCurveTo(g.cx, g.cy, g.x2, g.y2);
}

/**
 * Traces a path written by `linkPath` (`M x,y L x,y` or `M x,y Q cx,cy x,y`) into `sink`: the canvas draws the
 * same lines as the SVG without a `Path2D` per link. Anything else is left out.
 */
export function traceLinkPath(d: string, sink: LinkSink): void {
  const q = d.indexOf('Q');
  const mid = q >= 0 ? q : d.indexOf('L');
  if (d.charCodeAt(0) !== 77 /* M */ || mid < 0) return;
  const comma = d.indexOf(',');
  const x = Number(d.slice(1, comma));
  const y = Number(d.slice(comma + 1, mid));
  const rest = d
    .slice(mid + 1)
    .split(/[ ,]/)
    .map(Number);
  if (rest.some((v) => !Number.isFinite(v)) || !Number.isFinite(x) || !Number.isFinite(y)) return;
  sink.moveTo(x, y);
  if (q >= 0 && rest.length === 4) sink.quadraticCurveTo(rest[0]!, rest[1]!, rest[2]!, rest[3]!);
  else if (q < 0 && rest.length === 2) sink.lineTo(rest[0]!, rest[1]!);
}
