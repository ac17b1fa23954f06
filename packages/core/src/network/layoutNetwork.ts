import { type Network, type NetworkLink, type NetworkNode, seededRandom } from '@parklinks/data';
import { forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { r1 as round } from '../shared/r1.js';
import { fitToBox } from './fitToBox.js';
import { forceLinks } from './forceLinks.js';
import { clampToBox, forceRepel } from './forceRepel.js';
import { publicNodeId } from './nodeId.js';
import { nodeRadius } from './nodeRadius.js';
import { separate } from './separateNodes.js';

/** Options for `layoutNetwork`. */
export type LayoutNetworkOptions = {
  /** Width of the drawing in px. */
  width: number;
  /** Height of the drawing in px. */
  height: number;
  /** Seed of the random source; the same seed gives the same positions. Default 1. */
  seed?: number;
  /** Ticks to reach `alphaMin`. Default `defaultIterations(nodes.length)` (300, fewer for large networks). */
  iterations?: number;
  /** Known positions in normalized space (0–1 of width and height) by node id (public or `toNetwork` id); these nodes stay put. */
  positions?: Readonly<Record<string, { x: number; y: number }>>;
};
/** A node with its position and radius in px. */
export type PositionedNode = NetworkNode & { x: number; y: number; r: number };
/** Result of `layoutNetwork`. */
export type NetworkLayout = {
  nodes: PositionedNode[];
  links: NetworkLink[];
  width: number;
  height: number;
  /** Ticks the simulation ran (0 when every position was given). */
  ticks: number;
};

/**
 * Above this many nodes a layout is cheaper (fewer ticks, a shorter overlap pass); up to it, every layout is as it was
 * before issue 14 (small data sets and the embed's build-time positions keep their drawing).
 */
export const LARGE_NETWORK = 4219;

/**
 * 300 ticks up to 300 nodes, then fewer: ∝ 1/√n up to `LARGE_NETWORK` nodes (80 there), then ∝ 1/n down to 30
 * (34 at 10,000). Each tick costs ∝ n + links, and a graph that large fills the box with dots whatever the ticks.
 */
export function defaultIterations(nodeCount: number): number {
  if (nodeCount <= 300) return 300;
  if (nodeCount <= LARGE_NETWORK) return Math.max(80, Math.round(300 * Math.sqrt(300 / nodeCount)));
  return Math.max(30, Math.round((80 * LARGE_NETWORK) / nodeCount));
}

const ALPHA_MIN = 0.001;
type SimNode = SimulationNodeDatum & { r: number };

/**
 * Force-directed positions for a network, computed synchronously and deterministically: the
 * random source is seeded, initial positions come from it (not from d3's trigonometric
 * phyllotaxis) and only IEEE-exact operations are used, so Node and every browser give the
 * same result. Positions are rounded to 0.1 px and fitted to the box; a final pass pushes
 * overlapping discs apart, so no node hides another when the area allows.
 */
export function layoutNetwork(network: Network, options: LayoutNetworkOptions): NetworkLayout {
  const { width, height, seed = 1, positions = {} } = options;
  const radius = nodeRadius(network.nodes, width, height);
  const rnd = seededRandom(seed);
  // Own keys only: an organization called `constructor` must not find Object.prototype's.
  const given = (key: string) => {
    const p = Object.hasOwn(positions, key) ? positions[key] : undefined;
    return p && Number.isFinite(p.x) && Number.isFinite(p.y) ? p : undefined;
  };
  const sim: SimNode[] = network.nodes.map((n) => {
    const r = radius(n);
    const p = given(publicNodeId(n.id)) ?? given(n.id);
    return p
      ? { r, x: p.x * width, y: p.y * height, fx: p.x * width, fy: p.y * height }
      : { r, x: width * rnd(), y: height * rnd() };
  });
  const free = sim.filter((n) => n.fx == null).length;
  const iterations = Math.max(1, Math.round(options.iterations ?? defaultIterations(network.nodes.length)));
  let ticks = 0;
  if (free > 0) ticks = simulate(network, sim, width, height, rnd, iterations);
  return {
    nodes: network.nodes.map((n, i) => {
      const s = sim[i] as SimNode;
      return { ...n, x: round(s.x ?? 0), y: round(s.y ?? 0), r: s.r };
    }),
    links: network.links,
    width,
    height,
    ticks,
  };
}

function simulate(
  network: Network,
  sim: SimNode[],
  width: number,
  height: number,
  rnd: () => number,
  iterations: number,
) {
  const index = new Map<string, number>();
  for (let i = 0; i < network.nodes.length; i++) index.set((network.nodes[i] as NetworkNode).id, i);
  const spacing = Math.sqrt((width * height) / Math.max(1, sim.length));
  const degree = new Float64Array(sim.length);
  const ends = new Int32Array(network.links.length * 2);
  const hub = new Uint8Array(network.links.length);
  let m = 0;
  for (const l of network.links) {
    const source = index.get(l.source);
    const target = index.get(l.target);
    if (source === undefined || target === undefined) continue;
    ends[2 * m] = source;
    ends[2 * m + 1] = target;
    hub[m] = l.source.startsWith('hub:') ? 1 : 0;
    m++;
    degree[source]!++;
    degree[target]!++;
  }
  // Links pull a dense graph into a ball far smaller than the box (which also slows the
  // repulsion grid down), so they weaken as the mean degree grows past 2.
  const ratio = Math.min(1, sim.length / Math.max(1, m));
  const linkScale = ratio * Math.sqrt(ratio);
  const links = {
    source: new Int32Array(m),
    target: new Int32Array(m),
    distance: new Float64Array(m),
    strength: new Float64Array(m),
  };
  for (let i = 0; i < m; i++) {
    const s = ends[2 * i]!;
    const t = ends[2 * i + 1]!;
    links.source[i] = s;
    links.target[i] = t;
    links.distance[i] = (hub[i] ? 0.4 : 0.7) * spacing + sim[s]!.r + sim[t]!.r;
    links.strength[i] = linkScale / Math.min(degree[s] || 1, degree[t] || 1);
  }
  // Math.pow may differ in the last bit between engines; a rounded decay keeps every engine in step.
  const alphaDecay = Math.round((1 - ALPHA_MIN ** (1 / iterations)) * 1e9) / 1e9;
  const simulation = forceSimulation(sim)
    .stop()
    .randomSource(rnd)
    .alphaMin(ALPHA_MIN)
    .alphaDecay(alphaDecay)
    .force('link', forceLinks(links))
    .force('repel', forceRepel(spacing * 2, spacing * spacing, 3))
    // Weak gravity keeps disconnected parts near; stronger across the narrow side so the
    // drawing takes the box's shape before it is fitted to it.
    .force('x', forceX<SimNode>(width / 2).strength((0.02 * height) / (width + height)))
    .force('y', forceY<SimNode>(height / 2).strength((0.02 * width) / (width + height)));
  const box = { width, height, inset: 6 };
  // With some nodes pinned the drawing already has its frame: keep the others inside it.
  const pinned = sim.some((n) => n.fx != null);
  let ticks = 0;
  while (simulation.alpha() >= ALPHA_MIN && ticks < iterations) {
    simulation.tick();
    ticks++;
    if (pinned) for (const n of sim) clampToBox(n, box);
  }
  if (!pinned) fitToBox(sim, box);
  // Above LARGE_NETWORK nodes the discs fill the box: more rounds leave as many overlaps (plain data at 10,000 nodes:
  // 12,008 overlapping discs after 30 rounds, 11,990 after 3) and took 0.1-0.5 s.
  separate(sim, 3, box, sim.length > LARGE_NETWORK ? 3 : 30);
  return ticks;
}

/** Positions of a layout in normalized space (0–1 of width and height) by public node id, for the `positions` prop. */
export function normalizedPositions(layout: NetworkLayout): Record<string, { x: number; y: number }> {
  // No prototype: any id (even `__proto__`) is an ordinary key.
  const out: Record<string, { x: number; y: number }> = Object.create(null);
  const r = (v: number) => Math.round(v * 1e4) / 1e4;
  for (const n of layout.nodes) out[publicNodeId(n.id)] = { x: r(n.x / layout.width), y: r(n.y / layout.height) };
  return out;
}
