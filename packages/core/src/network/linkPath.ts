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
