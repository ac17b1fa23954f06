import { type Dataset, syntheticDataset, toNetwork } from '@parklinks/data';
import { describe, expect, it } from 'vitest';
import { defaultIterations, LARGE_NETWORK, layoutNetwork, normalizedPositions } from './layoutNetwork.js';

const small = toNetwork(syntheticDataset({ parks: 50, links: 100, seed: 3 }));
const mid = toNetwork(syntheticDataset({ parks: 500, links: 2000, seed: 1 }));
const box = { width: 800, height: 500 };

function overlapping(layout: ReturnType<typeof layoutNetwork>) {
  const pairs: string[] = [];
  const ns = layout.nodes;
  for (let i = 0; i < ns.length; i++)
    for (let j = i + 1; j < ns.length; j++) {
      const a = ns[i]!;
      const b = ns[j]!;
      // 0.2 px of slack for the rounding of positions to 0.1 px.
      if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r - 0.2) pairs.push(`${a.id}/${b.id}`);
    }
  return pairs;
}

describe('layoutNetwork', () => {
  it('places nodes whose ids are Object.prototype keys (constructor, __proto__, toString)', () => {
    const data = syntheticDataset({ parks: 6, links: 8, seed: 2 });
    const ids = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];
    const rename = new Map(data.organizations.map((o, i) => [o.id, ids[i] ?? o.id]));
    for (const o of data.organizations) o.id = rename.get(o.id)!;
    for (const p of data.partnerships) for (const x of p.parties) if ('org' in x) x.org = rename.get(x.org)!;
    const layout = layoutNetwork(toNetwork(data), box);
    for (const n of layout.nodes) expect([n.x, n.y].every(Number.isFinite), n.id).toBe(true);
    const again = layoutNetwork(toNetwork(data), { ...box, positions: normalizedPositions(layout) });
    expect(again.nodes.map((n) => [n.id, n.x, n.y])).toEqual(layout.nodes.map((n) => [n.id, n.x, n.y]));
    expect(Object.keys(normalizedPositions(layout))).toEqual(expect.arrayContaining(ids));
  });

  it('gives the same positions for the same seed', () => {
    const a = layoutNetwork(small, { ...box, seed: 7 });
    const b = layoutNetwork(toNetwork(syntheticDataset({ parks: 50, links: 100, seed: 3 })), { ...box, seed: 7 });
    expect(b.nodes.map((n) => [n.id, n.x, n.y, n.r])).toEqual(a.nodes.map((n) => [n.id, n.x, n.y, n.r]));
  });

  it('gives different positions for a different seed', () => {
    const a = layoutNetwork(small, { ...box, seed: 1 });
    const b = layoutNetwork(small, { ...box, seed: 2 });
    const moved = a.nodes.filter((n, i) => n.x !== b.nodes[i]!.x || n.y !== b.nodes[i]!.y);
    expect(moved.length).toBeGreaterThan(small.nodes.length / 2);
  });

  it('rounds positions to 0.1 px and keeps every disc inside the box', () => {
    const l = layoutNetwork(small, box);
    for (const n of l.nodes) {
      expect(Math.round(n.x * 10) / 10).toBe(n.x);
      expect(n.x - n.r).toBeGreaterThanOrEqual(0);
      expect(n.x + n.r).toBeLessThanOrEqual(box.width);
      expect(n.y - n.r).toBeGreaterThanOrEqual(0);
      expect(n.y + n.r).toBeLessThanOrEqual(box.height);
    }
  });

  it('stops once alpha falls below alphaMin, within the iteration bound', () => {
    expect(layoutNetwork(small, box).ticks).toBe(300);
    expect(layoutNetwork(small, { ...box, iterations: 40 }).ticks).toBe(40);
    expect(layoutNetwork(mid, box).ticks).toBe(defaultIterations(mid.nodes.length));
  });

  it('runs fewer ticks for larger networks, never fewer than 80 up to LARGE_NETWORK nodes, then down to 30', () => {
    expect(defaultIterations(100)).toBe(300);
    expect(defaultIterations(610)).toBeLessThan(300);
    expect(defaultIterations(2449)).toBeLessThan(defaultIterations(610));
    expect(defaultIterations(LARGE_NETWORK)).toBe(80);
    expect(defaultIterations(LARGE_NETWORK + 1)).toBe(80);
    expect(defaultIterations(1e4)).toBe(34);
    expect(defaultIterations(1e6)).toBe(30);
  });

  it('leaves no node hidden under another', () => {
    expect(overlapping(layoutNetwork(small, box))).toEqual([]);
    expect(overlapping(layoutNetwork(mid, { width: 960, height: 600 }))).toEqual([]);
  });

  it('sizes organizations by degree and keeps hubs small', () => {
    const l = layoutNetwork(mid, box);
    const orgs = l.nodes.filter((n) => n.type === 'organization');
    const most = orgs.reduce((a, b) => (b.degree > a.degree ? b : a));
    const least = orgs.reduce((a, b) => (b.degree < a.degree ? b : a));
    expect(most.r).toBeGreaterThan(least.r);
    const hubs = l.nodes.filter((n) => n.type === 'hub');
    expect(hubs.length).toBeGreaterThan(0);
    for (const h of hubs) expect(h.r).toBeLessThanOrEqual(most.r);
  });

  it('keeps given positions (normalized, by public id) and skips the simulation when all are given', () => {
    const first = layoutNetwork(small, box);
    const positions = normalizedPositions(first);
    expect(Object.keys(positions)).toContain(first.nodes.find((n) => n.type === 'organization')!.id.slice(4));
    const wide = layoutNetwork(small, { width: 1600, height: 1000, positions });
    expect(wide.ticks).toBe(0);
    for (const [i, n] of wide.nodes.entries()) {
      expect(n.x).toBeCloseTo(first.nodes[i]!.x * 2, 0);
      expect(n.y).toBeCloseTo(first.nodes[i]!.y * 2, 0);
    }
  });

  it('places only the nodes without a position when some are given', () => {
    const first = layoutNetwork(small, box);
    const positions = normalizedPositions(first);
    const pinned = first.nodes[0]!;
    const one = { [pinned.id]: positions[pinned.id.replace(/^org:/, '')]! };
    const l = layoutNetwork(small, { ...box, positions: one });
    expect(l.ticks).toBeGreaterThan(0);
    expect(l.nodes[0]!.x).toBeCloseTo(pinned.x, 0);
    expect(l.nodes[0]!.y).toBeCloseTo(pinned.y, 0);
  });

  it('lays out an empty network and a single link', () => {
    expect(layoutNetwork({ nodes: [], links: [] }, box).nodes).toEqual([]);
    const pair: Dataset = syntheticDataset({ parks: 2, links: 1 });
    const l = layoutNetwork(toNetwork(pair), box);
    expect(l.nodes).toHaveLength(2);
    for (const n of l.nodes) expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
  });
});
