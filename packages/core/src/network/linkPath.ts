/** Gap in px between neighbouring parallel links at their middle. */
const GAP = 10;

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
  const r = (v: number) => Math.round(v * 10) / 10;
  const offset = parallelIndex - (parallelCount - 1) / 2;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const len = Math.sqrt(dx * dx + dy * dy);
  if (offset === 0 || len === 0) return `M${r(x1)},${r(y1)}L${r(x2)},${r(y2)}`;
  // The control point sits twice as far out as the curve's midpoint; shorter links bow less.
  const bow = (2 * offset * Math.min(GAP, len / (parallelCount + 1)) * (flip ? -1 : 1)) / len;
  const cx = (x1 + x2) / 2 - dy * bow;
  const cy = (y1 + y2) / 2 + dx * bow;
  return `M${r(x1)},${r(y1)}Q${r(cx)},${r(cy)} ${r(x2)},${r(y2)}`;
}

/** Where `traceLinkPath` traces to: a `Path2D` or a canvas context is one as is. */
export type LinkSink = {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  quadraticCurveTo(cx: number, cy: number, x: number, y: number): void;
};

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
