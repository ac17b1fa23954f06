import { geoDistance, geoInterpolate } from 'd3-geo';

/** Projects a (lon, lat) point to px, or null when the projection cannot show it. */
export type Project = (point: [number, number]) => [number, number] | null;

const r = (v: number) => Math.round(v * 10) / 10;
// Relative commands keep the path short: each point is written as its offset from the last one.
const pathWriter = () => {
  let d = '';
  let x = 0;
  let y = 0;
  const rel = (cmd: string, p: [number, number]) => {
    const [px, py] = [r(p[0]), r(p[1])];
    d += `${cmd}${r(px - x)} ${r(py - y)}`;
    [x, y] = [px, py];
  };
  return {
    move: (p: [number, number]) => {
      const [px, py] = [r(p[0]), r(p[1])];
      d += `M${px} ${py}`;
      [x, y] = [px, py];
    },
    line: (p: [number, number]) => rel('l', p),
    /** Relative quadratic: both the control and the end point are offsets from the current point. */
    quad: (c: [number, number], p: [number, number]) => {
      const [cx, cy, px, py] = [r(c[0]), r(c[1]), r(p[0]), r(p[1])];
      d += `q${r(cx - x)} ${r(cy - y)} ${r(px - x)} ${r(py - y)}`;
      [x, y] = [px, py];
    },
    toString: () => d,
  };
};
const DEG = 180 / Math.PI;
const wrap = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;

/** A small loop above a point, for a leg whose two ends are (nearly) at the same place. */
export function loopPath(p: [number, number]): string {
  return `M${r(p[0])} ${r(p[1])}c-8 -16 8 -16 0 0`;
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
  { central = 0, pxPerDegree = 3, segment = 40 }: { central?: number; pxPerDegree?: number; segment?: number } = {},
): string {
  const interpolate = geoInterpolate(a, b);
  // d3's interpolator carries the angular distance (radians) it computed; geoDistance would stream a
  // LineString through an Adder for it again (measured ~50 µs a call in Chromium).
  const distance = (interpolate as { distance?: number }).distance ?? geoDistance(a, b);
  const n = Math.max(1, Math.min(48, Math.ceil((distance * DEG * pxPerDegree) / segment)));
  const w = pathWriter();
  let open = false;
  const sample = (t: number) => {
    const p = interpolate(t);
    return { p, lon: wrap(p[0] - central), q: project([p[0], p[1]]) };
  };
  let prev = sample(0);
  if (prev.q) {
    w.move(prev.q);
    open = true;
  }
  for (let i = 0; i < n; i++) {
    const mid = sample((i + 0.5) / n);
    const end = sample((i + 1) / n);
    const crosses = Math.abs(mid.lon - prev.lon) > 180 || Math.abs(end.lon - mid.lon) > 180;
    if (!crosses && open && mid.q && end.q && prev.q) {
      // Control point of the quadratic through prev, mid and end at t = ½.
      const c: [number, number] = [
        2 * mid.q[0] - (prev.q[0] + end.q[0]) / 2,
        2 * mid.q[1] - (prev.q[1] + end.q[1]) / 2,
      ];
      w.quad(c, end.q);
    } else {
      for (const next of [mid, end]) {
        if (Math.abs(next.lon - prev.lon) > 180) {
          // Crossing the cut: end this piece on one edge and start the next on the other.
          const edge = prev.lon > 0 ? 180 : -180;
          const t = (edge - prev.lon) / (next.lon + 2 * edge - prev.lon);
          const lat = prev.p[1] + t * (next.p[1] - prev.p[1]);
          const stop = project([edge + central, lat]);
          const start = project([-edge + central, lat]);
          if (stop && open) w.line(stop);
          if (start) w.move(start);
          open = start !== null;
        }
        if (next.q) {
          if (open) w.line(next.q);
          else w.move(next.q);
          open = true;
        } else open = false;
        prev = next;
      }
    }
    prev = end;
  }
  return w.toString();
}

/** Straight segment between two projected points. */
export function straightPath(a: [number, number], b: [number, number]): string {
  const w = pathWriter();
  w.move(a);
  w.line(b);
  return w.toString();
}

/** A quadratic curve between two projected points, bowed to one side by a fifth of their distance. */
export function curvedPath(a: [number, number], b: [number, number]): string {
  // Order the ends west to east so that legs between the same two places bow the same way.
  const [p, q] = a[0] <= b[0] ? [a, b] : [b, a];
  const [dx, dy] = [q[0] - p[0], q[1] - p[1]];
  const w = pathWriter();
  w.move(p);
  w.quad([(p[0] + q[0]) / 2 + dy * 0.2, (p[1] + q[1]) / 2 - dx * 0.2], q);
  return w.toString();
}
