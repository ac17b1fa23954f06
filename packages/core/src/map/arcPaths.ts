import { r1 as r } from '../shared/r1.js';
/** Projects a (lon, lat) point to px, or null when the projection cannot show it. */
export type Project = (point: [number, number]) => [number, number] | null;

/**
 * Where a path is traced to: the subset of the canvas path API the map's legs use. A `CanvasRenderingContext2D`
 * or a `Path2D` is one as is; `svgPathWriter` writes an SVG path string.
 */
export type PathSink = {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  quadraticCurveTo(cx: number, cy: number, x: number, y: number): void;
  bezierCurveTo(c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number): void;
};

/**
 * A sink writing an SVG path (`toString()`), rounded to 0.1 px. Relative commands keep the path short: each
 * point is written as its offset from the last one. Coordinates come as numbers (no arrays per point: great
 * circles write thousands of them).
 */
export function svgPathWriter(): PathSink & { toString(): string } {
  let d = '';
  let x = 0;
  let y = 0;
  return {
    moveTo(px, py) {
      x = r(px);
      y = r(py);
      d += `M${x} ${y}`;
    },
    lineTo(px, py) {
      const nx = r(px);
      const ny = r(py);
      d += `l${r(nx - x)} ${r(ny - y)}`;
      x = nx;
      y = ny;
    },
    /** Relative quadratic: both the control and the end point are offsets from the current point. */
    quadraticCurveTo(cx, cy, px, py) {
      const nx = r(px);
      const ny = r(py);
      d += `q${r(r(cx) - x)} ${r(r(cy) - y)} ${r(nx - x)} ${r(ny - y)}`;
      x = nx;
      y = ny;
    },
    bezierCurveTo(c1x, c1y, c2x, c2y, px, py) {
      const nx = r(px);
      const ny = r(py);
      d += `c${r(r(c1x) - x)} ${r(r(c1y) - y)} ${r(r(c2x) - x)} ${r(r(c2y) - y)} ${r(nx - x)} ${r(ny - y)}`;
      x = nx;
      y = ny;
    },
    toString: () => d,
  };
}
const DEG = 180 / Math.PI;
const RAD = Math.PI / 180;
const wrap = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;

/** A small loop above a point, for a leg whose two ends are (nearly) at the same place. */
export function loopPath(p: [number, number]): string {
  const w = svgPathWriter();
  traceLoop(w, p);
  return w.toString();
}

/** Traces `loopPath` into a sink. */
export function traceLoop(sink: PathSink, p: [number, number]): void {
  const [x, y] = [r(p[0]), r(p[1])];
  sink.moveTo(x, y);
  sink.bezierCurveTo(x - 8, y - 16, x + 8, y - 16, x, y);
}

/**
 * SVG path of the great circle from `a` to `b`, drawn as quadratic pieces about `segment` px long
 * (default 40; each piece passes through its sampled midpoint, so it hugs the true curve with few
 * numbers) and split where it crosses the projection's cut meridian (`central + 180`), so it never
 * streaks across the map.
 */
export function greatCirclePath(
  a: [number, number],
  b: [number, number],
  project: Project,
  options: GreatCircleOptions = {},
): string {
  const w = svgPathWriter();
  traceGreatCircle(w, a, b, project, options);
  return w.toString();
}

export type GreatCircleOptions = { central?: number; pxPerDegree?: number; segment?: number };

/** Traces `greatCirclePath` into a sink (a canvas context or `Path2D` draws it without a path string). */
export function traceGreatCircle(
  w: PathSink,
  a: [number, number],
  b: [number, number],
  project: Project,
  { central = 0, pxPerDegree = 3, segment = 40 }: GreatCircleOptions = {},
): void {
  // Spherical linear interpolation between the two ends' unit vectors (the great circle through them), kept in
  // `circle` for `sample`: no closure, array or boxed number per leg (a map traces tens of thousands, cold).
  const l0 = a[0] * RAD;
  const f0 = a[1] * RAD;
  const l1 = b[0] * RAD;
  const f1 = b[1] * RAD;
  const c0 = Math.cos(f0);
  const c1 = Math.cos(f1);
  circle[0] = c0 * Math.cos(l0);
  circle[1] = c0 * Math.sin(l0);
  circle[2] = Math.sin(f0);
  circle[3] = c1 * Math.cos(l1);
  circle[4] = c1 * Math.sin(l1);
  circle[5] = Math.sin(f1);
  const hf = Math.sin((f1 - f0) / 2);
  const hl = Math.sin((l1 - l0) / 2);
  const distance = 2 * Math.asin(Math.min(1, Math.sqrt(hf * hf + c0 * c1 * hl * hl)));
  circle[6] = distance;
  circle[7] = Math.sin(distance);
  const n = Math.max(1, Math.min(48, Math.ceil((distance * DEG * pxPerDegree) / segment)));
  // Three sample slots in turn (prev, mid, end), each [lon, lat, lon from the cut, x, y, projected 1 / 0].
  let p = 0;
  sample(p, 0, a, project, central);
  let open = false;
  if (slots[p * 6 + 5]) {
    w.moveTo(slots[p * 6 + 3] as number, slots[p * 6 + 4] as number);
    open = true;
  }
  for (let i = 0; i < n; i++) {
    const mid = (p + 1) % 3;
    const end = (p + 2) % 3;
    sample(mid, (i + 0.5) / n, a, project, central);
    sample(end, (i + 1) / n, a, project, central);
    const P = p * 6;
    const M = mid * 6;
    const E = end * 6;
    const crosses =
      Math.abs((slots[M + 2] as number) - (slots[P + 2] as number)) > 180 ||
      Math.abs((slots[E + 2] as number) - (slots[M + 2] as number)) > 180;
    if (!crosses && open && slots[M + 5] && slots[E + 5] && slots[P + 5]) {
      // Control point of the quadratic through prev, mid and end at t = ½.
      const mx = slots[M + 3] as number;
      const my = slots[M + 4] as number;
      const ex = slots[E + 3] as number;
      const ey = slots[E + 4] as number;
      w.quadraticCurveTo(
        2 * mx - ((slots[P + 3] as number) + ex) / 2,
        2 * my - ((slots[P + 4] as number) + ey) / 2,
        ex,
        ey,
      );
    } else {
      open = lineToSlot(w, p, mid, open, project, central);
      open = lineToSlot(w, mid, end, open, project, central);
    }
    p = end;
  }
}

const circle = new Float64Array(8);
const slots = new Float64Array(18);
const point: [number, number] = [0, 0];

/** Samples the circle in `circle` at t (`a` itself when its ends coincide) into slot `s`. */
function sample(s: number, t: number, a: [number, number], project: Project, central: number): void {
  let lon = a[0];
  let lat = a[1];
  const distance = circle[6] as number;
  if (distance !== 0) {
    const k = circle[7] as number;
    const wa = Math.sin((1 - t) * distance) / k;
    const wb = Math.sin(t * distance) / k;
    const x = wa * (circle[0] as number) + wb * (circle[3] as number);
    const y = wa * (circle[1] as number) + wb * (circle[4] as number);
    const z = wa * (circle[2] as number) + wb * (circle[5] as number);
    lon = Math.atan2(y, x) * DEG;
    lat = Math.atan2(z, Math.sqrt(x * x + y * y)) * DEG;
  }
  const o = s * 6;
  slots[o] = lon;
  slots[o + 1] = lat;
  slots[o + 2] = wrap(lon - central);
  point[0] = lon;
  point[1] = lat;
  const q = project(point);
  if (q) {
    slots[o + 3] = q[0];
    slots[o + 4] = q[1];
    slots[o + 5] = 1;
  } else slots[o + 5] = 0;
}

/** A line from the sample in slot `from` to the one in `to`, split where it crosses the cut; whether a piece is open after it. */
function lineToSlot(w: PathSink, from: number, to: number, open: boolean, project: Project, central: number): boolean {
  const F = from * 6;
  const T = to * 6;
  const fw = slots[F + 2] as number;
  const tw = slots[T + 2] as number;
  if (Math.abs(tw - fw) > 180) {
    // Crossing the cut: end this piece on one edge and start the next on the other.
    const edge = fw > 0 ? 180 : -180;
    const t = (edge - fw) / (tw + 2 * edge - fw);
    const fromLat = slots[F + 1] as number;
    const cutLat = fromLat + t * ((slots[T + 1] as number) - fromLat);
    const stop = project([edge + central, cutLat]);
    const start = project([-edge + central, cutLat]);
    if (stop && open) w.lineTo(stop[0], stop[1]);
    if (start) w.moveTo(start[0], start[1]);
    open = start !== null;
  }
  if (slots[T + 5]) {
    if (open) w.lineTo(slots[T + 3] as number, slots[T + 4] as number);
    else w.moveTo(slots[T + 3] as number, slots[T + 4] as number);
    return true;
  }
  return false;
}

/** Straight segment between two projected points. */
export function straightPath(a: [number, number], b: [number, number]): string {
  const w = svgPathWriter();
  traceStraight(w, a, b);
  return w.toString();
}

/** Traces `straightPath` into a sink. */
export function traceStraight(w: PathSink, a: [number, number], b: [number, number]): void {
  w.moveTo(a[0], a[1]);
  w.lineTo(b[0], b[1]);
}

/** A quadratic curve between two projected points, bowed to one side by a fifth of their distance. */
export function curvedPath(a: [number, number], b: [number, number]): string {
  const w = svgPathWriter();
  traceCurved(w, a, b);
  return w.toString();
}

/** Traces `curvedPath` into a sink. */
export function traceCurved(w: PathSink, a: [number, number], b: [number, number]): void {
  // Order the ends west to east so that legs between the same two places bow the same way.
  const [p, q] = a[0] <= b[0] ? [a, b] : [b, a];
  const [dx, dy] = [q[0] - p[0], q[1] - p[1]];
  w.moveTo(p[0], p[1]);
  w.quadraticCurveTo((p[0] + q[0]) / 2 + dy * 0.2, (p[1] + q[1]) / 2 - dx * 0.2, q[0], q[1]);
}
