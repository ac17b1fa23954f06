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

const r = (v: number) => Math.round(v * 10) / 10;
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
  // Spherical linear interpolation between the two ends' unit vectors (the great circle through them).
  const l0 = a[0] * RAD;
  const f0 = a[1] * RAD;
  const l1 = b[0] * RAD;
  const f1 = b[1] * RAD;
  const c0 = Math.cos(f0);
  const c1 = Math.cos(f1);
  const [x0, y0, z0] = [c0 * Math.cos(l0), c0 * Math.sin(l0), Math.sin(f0)];
  const [x1, y1, z1] = [c1 * Math.cos(l1), c1 * Math.sin(l1), Math.sin(f1)];
  const hf = Math.sin((f1 - f0) / 2);
  const hl = Math.sin((l1 - l0) / 2);
  const distance = 2 * Math.asin(Math.min(1, Math.sqrt(hf * hf + c0 * c1 * hl * hl)));
  const k = Math.sin(distance);
  // The sampled point at t, in degrees (written to lon/lat: no array per sample).
  let lon = a[0];
  let lat = a[1];
  const at = (t: number) => {
    if (distance === 0) {
      lon = a[0];
      lat = a[1];
      return;
    }
    const wa = Math.sin((1 - t) * distance) / k;
    const wb = Math.sin(t * distance) / k;
    const x = wa * x0 + wb * x1;
    const y = wa * y0 + wb * y1;
    const z = wa * z0 + wb * z1;
    lon = Math.atan2(y, x) * DEG;
    lat = Math.atan2(z, Math.sqrt(x * x + y * y)) * DEG;
  };
  const n = Math.max(1, Math.min(48, Math.ceil((distance * DEG * pxPerDegree) / segment)));
  let open = false;
  // Three samples, reused (prev, mid, end in turn): no object per sample, and one point array handed to `project`.
  type Sample = { lon: number; lat: number; w: number; q: [number, number] | null };
  const slots: Sample[] = [0, 1, 2].map(() => ({ lon: 0, lat: 0, w: 0, q: null }));
  const point: [number, number] = [0, 0];
  const sample = (s: Sample, t: number): Sample => {
    at(t);
    s.lon = point[0] = lon;
    s.lat = point[1] = lat;
    s.w = wrap(lon - central);
    s.q = project(point);
    return s;
  };
  let prev = sample(slots[0] as Sample, 0);
  if (prev.q) {
    w.moveTo(prev.q[0], prev.q[1]);
    open = true;
  }
  // A line from `prev` to `next`, split where it crosses the cut.
  const lineTo = (next: Sample) => {
    if (Math.abs(next.w - prev.w) > 180) {
      // Crossing the cut: end this piece on one edge and start the next on the other.
      const edge = prev.w > 0 ? 180 : -180;
      const t = (edge - prev.w) / (next.w + 2 * edge - prev.w);
      const cutLat = prev.lat + t * (next.lat - prev.lat);
      const stop = project([edge + central, cutLat]);
      const start = project([-edge + central, cutLat]);
      if (stop && open) w.lineTo(stop[0], stop[1]);
      if (start) w.moveTo(start[0], start[1]);
      open = start !== null;
    }
    if (next.q) {
      if (open) w.lineTo(next.q[0], next.q[1]);
      else w.moveTo(next.q[0], next.q[1]);
      open = true;
    } else open = false;
    prev = next;
  };
  for (let i = 0; i < n; i++) {
    const p = slots.indexOf(prev);
    const mid = sample(slots[(p + 1) % 3] as Sample, (i + 0.5) / n);
    const end = sample(slots[(p + 2) % 3] as Sample, (i + 1) / n);
    const crosses = Math.abs(mid.w - prev.w) > 180 || Math.abs(end.w - mid.w) > 180;
    if (!crosses && open && mid.q && end.q && prev.q) {
      // Control point of the quadratic through prev, mid and end at t = ½.
      w.quadraticCurveTo(
        2 * mid.q[0] - (prev.q[0] + end.q[0]) / 2,
        2 * mid.q[1] - (prev.q[1] + end.q[1]) / 2,
        end.q[0],
        end.q[1],
      );
    } else {
      lineTo(mid);
      lineTo(end);
    }
    prev = end;
  }
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
