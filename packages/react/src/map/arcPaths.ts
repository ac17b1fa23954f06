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
    rel,
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
 * SVG path of the great circle from `a` to `b`, sampled about every `segment` px (default 10) (given the map's
 * px per degree) and split where it crosses the projection's cut meridian (`central + 180`), so it
 * never streaks across the map.
 */
export function greatCirclePath(
  a: [number, number],
  b: [number, number],
  project: Project,
  { central = 0, pxPerDegree = 3, segment = 10 }: { central?: number; pxPerDegree?: number; segment?: number } = {},
): string {
  const interpolate = geoInterpolate(a, b);
  const n = Math.max(2, Math.min(96, Math.ceil((geoDistance(a, b) * DEG * pxPerDegree) / segment)));
  const w = pathWriter();
  let move = true;
  let prev: [number, number] | undefined;
  for (let i = 0; i <= n; i++) {
    const p = interpolate(i / n);
    const lon = wrap(p[0] - central);
    if (prev && Math.abs(lon - prev[0]) > 180) {
      // Crossing the cut: end this piece on one edge and start the next on the other.
      const edge = prev[0] > 0 ? 180 : -180;
      const t = (edge - prev[0]) / (lon + 2 * edge - prev[0]);
      const lat = prev[1] + t * (p[1] - prev[1]);
      const end = project([edge + central, lat]);
      const start = project([-edge + central, lat]);
      if (end && !move) w.line(end);
      if (start) {
        w.move(start);
        move = false;
      }
    }
    const q = project([p[0], p[1]]);
    if (q) {
      if (move) w.move(q);
      else w.line(q);
      move = false;
    } else move = true;
    prev = [lon, p[1]];
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
  const c: [number, number] = [(p[0] + q[0]) / 2 + dy * 0.2, (p[1] + q[1]) / 2 - dx * 0.2];
  const w = pathWriter();
  w.move(p);
  w.rel('q', c);
  // Both control and end point of a relative `q` are offsets from the start point.
  return `${w.toString()} ${r(r(q[0]) - r(p[0]))} ${r(r(q[1]) - r(p[1]))}`;
}
