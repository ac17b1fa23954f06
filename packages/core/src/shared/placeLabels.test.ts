import { describe, expect, it } from 'vitest';
import { type LabelRequest, type PlacedLabel, placeLabels } from './placeLabels.js';

const overlap = (a: PlacedLabel, b: PlacedLabel) =>
  Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height;
const covers = (l: PlacedLabel, d: { x: number; y: number; r: number }) => {
  const nx = Math.max(l.x - l.width / 2, Math.min(d.x, l.x + l.width / 2));
  const ny = Math.max(l.y - l.height / 2, Math.min(d.y, l.y + l.height / 2));
  return (d.x - nx) ** 2 + (d.y - ny) ** 2 < d.r * d.r;
};

// A crowded grid of nodes, 40 px apart, all asking for a label longer than the gap.
const grid: LabelRequest[] = Array.from({ length: 100 }, (_, i) => ({
  id: `n${i}`,
  x: 20 + (i % 10) * 40,
  y: 20 + Math.floor(i / 10) * 28,
  r: 4 + (i % 3),
  text: `Park ${i}`,
  priority: i % 7,
}));

describe('placeLabels', () => {
  it('places no two labels over each other and none over another node', () => {
    const placed = placeLabels(grid, { width: 420, height: 300, obstacles: grid });
    expect(placed.length).toBeGreaterThan(3);
    expect(placed.length).toBeLessThan(grid.length);
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) expect(overlap(a, b), `${a.id} over ${b.id}`).toBe(false);
      for (const d of grid) if (d.id !== a.id) expect(covers(a, d), `${a.id} over node ${d.id}`).toBe(false);
    }
  });

  it('keeps labels inside the area', () => {
    for (const l of placeLabels(grid, { width: 420, height: 300, obstacles: grid })) {
      expect(l.x - l.width / 2).toBeGreaterThanOrEqual(0);
      expect(l.x + l.width / 2).toBeLessThanOrEqual(420);
      expect(l.y - l.height / 2).toBeGreaterThanOrEqual(0);
      expect(l.y + l.height / 2).toBeLessThanOrEqual(300);
    }
  });

  it('serves the most important node first', () => {
    const a = { id: 'a', x: 100, y: 50, r: 5, text: 'Important', priority: 1 };
    const b = { id: 'b', x: 100, y: 50, r: 5, text: 'Less so', priority: 0 };
    const placed = placeLabels([b, a], { width: 100, height: 100 });
    expect(placed[0]?.id).toBe('a');
  });

  it('puts the label at the end of the reading direction, and on the other side at the edge', () => {
    const q = { id: 'a', x: 150, y: 50, r: 5, text: 'Label', priority: 1 };
    expect(placeLabels([q], { width: 300, height: 100 })[0]!.x).toBeGreaterThan(150);
    expect(placeLabels([q], { width: 300, height: 100, prefer: 'left' })[0]!.x).toBeLessThan(150);
    const edge = { ...q, x: 290 };
    expect(placeLabels([edge], { width: 300, height: 100 })[0]!.x).toBeLessThan(290);
  });

  it('avoids boxes already taken', () => {
    const q = { id: 'a', x: 150, y: 50, r: 5, text: 'Label', priority: 1 };
    const [first] = placeLabels([q], { width: 300, height: 100 });
    const second = placeLabels([{ ...q, id: 'b' }], { width: 300, height: 100, taken: [first!] });
    expect(second[0] && overlap(second[0], first!)).toBe(false);
  });

  it('gives the same result for the same input', () => {
    expect(placeLabels(grid, { width: 420, height: 300, obstacles: grid })).toEqual(
      placeLabels([...grid].reverse(), { width: 420, height: 300, obstacles: grid }),
    );
  });

  it('names a forced node (a hub) even when every spot around it touches another node, never over a label', () => {
    // A big node ringed by small ones: no spot clear of every disc.
    const hub = { id: 'hub', x: 100, y: 100, r: 14, text: 'Chengdu Hi-tech Zone', priority: 9 };
    const ring = Array.from({ length: 24 }, (_, i) => ({
      id: `s${i}`,
      x: 100 + Math.cos((i / 24) * 2 * Math.PI) * 28,
      y: 100 + Math.sin((i / 24) * 2 * Math.PI) * 28,
      r: 5,
      text: '',
      priority: 0,
    }));
    const other = { id: 'o', x: 160, y: 100, r: 4, text: 'Neighbour', priority: 10 };
    const options = { width: 300, height: 200, obstacles: [hub, ...ring, other] };
    expect(placeLabels([hub], options).map((l) => l.id)).toEqual([]);
    const placed = placeLabels([other, { ...hub, force: true }], options);
    expect(placed.map((l) => l.id).sort()).toEqual(['hub', 'o']);
    expect(overlap(placed[0]!, placed[1]!)).toBe(false);
  });
});
