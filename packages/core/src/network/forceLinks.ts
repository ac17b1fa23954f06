import type { SimulationNodeDatum } from 'd3-force';

/** Links as columns: ends (node indices), rest length and strength of each. */
export type LinkColumns = { source: Int32Array; target: Int32Array; distance: Float64Array; strength: Float64Array };

/**
 * d3's `forceLink` on typed arrays: the same operations in the same order (so the same positions, to the bit), with
 * each link's ends, rest length and strength in columns and the nodes' positions and velocities copied into typed
 * arrays once a tick instead of read through two objects per link. At 100,000 links d3's version took ~0.6 s of
 * the layout. The bias (how much of a pull moves the target) is d3's: the source's share of the two ends' link counts.
 */
export function forceLinks(links: LinkColumns) {
  const m = links.source.length;
  let nodes: SimulationNodeDatum[] = [];
  let random: () => number = () => 0.5;
  const bias = new Float64Array(m);
  let px = new Float64Array(0);
  let py = new Float64Array(0);
  let vx = new Float64Array(0);
  let vy = new Float64Array(0);
  function force(alpha: number) {
    const n = nodes.length;
    for (let i = 0; i < n; i++) {
      const d = nodes[i]!;
      px[i] = d.x ?? 0;
      py[i] = d.y ?? 0;
      vx[i] = d.vx ?? 0;
      vy[i] = d.vy ?? 0;
    }
    const { source, target, distance, strength } = links;
    for (let i = 0; i < m; i++) {
      const s = source[i]!;
      const t = target[i]!;
      let x = px[t]! + vx[t]! - px[s]! - vx[s]! || (random() - 0.5) * 1e-6;
      let y = py[t]! + vy[t]! - py[s]! - vy[s]! || (random() - 0.5) * 1e-6;
      let l = Math.sqrt(x * x + y * y);
      l = ((l - distance[i]!) / l) * alpha * strength[i]!;
      x *= l;
      y *= l;
      let b = bias[i]!;
      vx[t] = vx[t]! - x * b;
      vy[t] = vy[t]! - y * b;
      b = 1 - b;
      vx[s] = vx[s]! + x * b;
      vy[s] = vy[s]! + y * b;
    }
    for (let i = 0; i < n; i++) {
      const d = nodes[i]!;
      d.vx = vx[i]!;
      d.vy = vy[i]!;
    }
  }
  force.initialize = (all: SimulationNodeDatum[], rnd: () => number) => {
    nodes = all;
    random = rnd;
    const count = new Float64Array(all.length);
    for (let i = 0; i < m; i++) {
      count[links.source[i]!]!++;
      count[links.target[i]!]!++;
    }
    for (let i = 0; i < m; i++) {
      const cs = count[links.source[i]!]!;
      bias[i] = cs / (cs + count[links.target[i]!]!);
    }
    px = new Float64Array(all.length);
    py = new Float64Array(all.length);
    vx = new Float64Array(all.length);
    vy = new Float64Array(all.length);
  };
  return force;
}
