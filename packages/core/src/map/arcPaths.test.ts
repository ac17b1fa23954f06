import { geoDistance } from 'd3-geo';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { greatCirclePath } from './arcPaths.js';

// Plate carrée at 10 px per degree (y down), so the path's 0.1 px rounding is 0.01°.
const project = ([lon, lat]: [number, number]): [number, number] => [lon * 10, -lat * 10];
const unproject = ([x, y]: [number, number]): [number, number] => [x / 10, -y / 10];

/** The absolute end points of every M, l and q command of a path (control points left out). */
function endPoints(d: string): { moves: number; points: [number, number][] } {
  const points: [number, number][] = [];
  let moves = 0;
  let x = 0;
  let y = 0;
  for (const [, cmd, args] of d.matchAll(/([Mlq])([^Mlq]*)/g)) {
    const n = (args ?? '').trim().split(/\s+/).map(Number);
    if (cmd === 'M') {
      moves += 1;
      [x, y] = [n[0]!, n[1]!];
    } else if (cmd === 'l') [x, y] = [x + n[0]!, y + n[1]!];
    else [x, y] = [x + n[2]!, y + n[3]!];
    points.push([x, y]);
  }
  return { moves, points };
}

const lonLat = fc.tuple(fc.double({ min: -170, max: 170, noNaN: true }), fc.double({ min: -70, max: 70, noNaN: true }));

describe('greatCirclePath', () => {
  it('passes only through points of the great circle between its ends (checked with d3-geo), from a to b', () => {
    fc.assert(
      fc.property(lonLat, lonLat, (a, b) => {
        const d = greatCirclePath(a, b, project);
        const { moves, points } = endPoints(d);
        if (moves !== 1) return; // split at the map's edge: covered by the antimeridian tests
        const rad = (p: [number, number]) => geoDistance(a, p) + geoDistance(p, b) - geoDistance(a, b);
        for (const p of points) expect(rad(unproject(p))).toBeLessThan(1e-3);
        const last = unproject(points.at(-1)!);
        expect(geoDistance(last, b)).toBeLessThan(1e-3);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
