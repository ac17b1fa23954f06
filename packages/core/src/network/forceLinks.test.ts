import { seededRandom } from '@parklinks/data';
import { forceLink, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import { describe, expect, it } from 'vitest';
import { forceLinks } from './forceLinks.js';

type Node = SimulationNodeDatum & { r: number };

// A random graph with repeated pairs, stars and a few coincident nodes (the jiggle path).
function graph(seed: number, n: number, m: number) {
  const rnd = seededRandom(seed);
  const nodes = (): Node[] =>
    Array.from({ length: n }, (_, i) => {
      const r = seededRandom(seed + i)();
      return { r: 1 + r * 5, x: i % 50 === 0 ? 100 : r * 800, y: i % 50 === 0 ? 100 : (1 - r) * 500 };
    });
  const ends: [number, number][] = [];
  for (let i = 0; i < m; i++) {
    const s = i % 7 === 0 ? 0 : Math.floor(rnd() * n);
    let t = Math.floor(rnd() * n);
    if (t === s) t = (t + 1) % n;
    ends.push([s, t]);
  }
  return { nodes, ends };
}

function run(useD3: boolean, seed: number) {
  const { nodes, ends } = graph(seed, 300, 900);
  const sim = nodes();
  const distance = ends.map(([s, t], i) => (i % 3 ? 20 : 35) + sim[s]!.r + sim[t]!.r);
  const strength = ends.map((_, i) => 0.3 / (1 + (i % 5)));
  const force = useD3
    ? forceLink<Node, { source: number; target: number; i: number }>(
        ends.map(([source, target], i) => ({ source, target, i })),
      )
        .distance((l) => distance[l.i]!)
        .strength((l) => strength[l.i]!)
    : forceLinks({
        source: Int32Array.from(ends, (e) => e[0]),
        target: Int32Array.from(ends, (e) => e[1]),
        distance: Float64Array.from(distance),
        strength: Float64Array.from(strength),
      });
  const simulation = forceSimulation(sim).stop().randomSource(seededRandom(seed)).force('link', force);
  for (let i = 0; i < 60; i++) simulation.tick();
  return sim.map((d) => [d.x, d.y, d.vx, d.vy]);
}

describe('forceLinks', () => {
  it('moves the nodes exactly as d3’s forceLink with the same lengths and strengths', () => {
    for (const seed of [1, 2, 3]) expect(run(false, seed)).toEqual(run(true, seed));
  });

  it('pulls linked nodes towards their rest length', () => {
    const sim: Node[] = [
      { r: 1, x: 0, y: 0 },
      { r: 1, x: 300, y: 0 },
    ];
    const links = {
      source: Int32Array.of(0),
      target: Int32Array.of(1),
      distance: Float64Array.of(50),
      strength: Float64Array.of(1),
    };
    const simulation = forceSimulation(sim).stop().force('link', forceLinks(links));
    for (let i = 0; i < 200; i++) simulation.tick();
    expect(Math.abs(sim[1]!.x! - sim[0]!.x! - 50)).toBeLessThan(1);
  });
});
