import { r1 as round } from './r1.js';
import { textWidth } from './textWidth.js';

/** A node that wants a label: its centre and radius (px), the text, and how much it matters. */
export type LabelRequest = {
  id: string;
  x: number;
  y: number;
  r: number;
  text: string;
  priority: number;
  /**
   * A label that must be shown (the largest hubs): when no spot is clear of every node, it takes the
   * first spot clear of the other labels and of every larger node, covering small dots (radius ≤ 7 px)
   * with its halo rather than leaving a hub unnamed.
   */
  force?: boolean;
};
/** A placed label: the centre of its box (draw with `text-anchor="middle"`), its size and text. */
export type PlacedLabel = { id: string; x: number; y: number; width: number; height: number; text: string };
/** A disc labels must not cover (every node of the drawing). */
export type Obstacle = { id: string; x: number; y: number; r: number };

export type PlaceLabelsOptions = {
  width: number;
  height: number;
  /** Font size in px. Default 11. */
  fontSize?: number;
  /** Discs to keep clear of; a label may touch its own node only. Default none. */
  obstacles?: readonly Obstacle[];
  /** Boxes already taken (e.g. the static labels, when placing highlight labels). Default none. */
  taken?: readonly PlacedLabel[];
  /** Side tried first: the end of the reading direction (right in LTR, left in RTL). Default `'right'`. */
  prefer?: 'right' | 'left';
};

type Box = { x0: number; y0: number; x1: number; y1: number };
const CELL = 48;
/** Radius (px) up to which a forced label may cover a node. */
const SMALL_DOT = 7;

/**
 * Greedy label placement without overlap: requests by descending priority (ties by id) try the
 * preferred side, the other side, below, above and the four corners of their node, then the same
 * a little further out; a label is kept only where its box
 * overlaps no placed label and no other node's disc, and stays inside the area. Labels that fit
 * nowhere are dropped (the node keeps its accessible name and its tooltip) — except forced ones,
 * which then take the first spot clear of the other labels and the larger nodes.
 */
export function placeLabels(requests: readonly LabelRequest[], options: PlaceLabelsOptions): PlacedLabel[] {
  const { width, height, fontSize = 11, obstacles = [], taken = [], prefer = 'right' } = options;
  // Uniform grids of square cells over the area, as arrays (no boxed number per cell key, no object per candidate
  // spot: this runs for every marker of a map, 2,000 at once, and on every hover for the highlight labels). Cell
  // indices are clamped to the grid the same way when filing and when looking up, so what lies outside the area
  // shares the edge cells and every overlapping pair still meets in some cell.
  const cell = Math.max(CELL, finite(width) / 512, finite(height) / 512);
  const cols = Math.ceil(finite(width) / cell) + 1;
  const rows = Math.ceil(finite(height) / cell) + 1;
  const col = (x: number) => Math.min(cols - 1, Math.max(0, Math.floor(x / cell)));
  const row = (y: number) => Math.min(rows - 1, Math.max(0, Math.floor(y / cell)));
  const boxes: (Box[] | undefined)[] = new Array(cols * rows);
  const discs: (Obstacle[] | undefined)[] = new Array(cols * rows);
  const put = <T>(grid: (T[] | undefined)[], x0: number, y0: number, x1: number, y1: number, v: T) => {
    const i1 = col(x1);
    const j1 = row(y1);
    for (let i = col(x0); i <= i1; i++)
      for (let j = row(y0); j <= j1; j++) {
        const list = grid[i * rows + j];
        if (list) list.push(v);
        else grid[i * rows + j] = [v];
      }
  };
  for (const o of obstacles) put(discs, o.x - o.r, o.y - o.r, o.x + o.r, o.y + o.r, o);
  for (const t of taken) {
    const b = boxOf(t.x, t.y, t.width, t.height);
    put(boxes, b.x0, b.y0, b.x1, b.y1, b);
  }

  // Whether the box is inside the area and clear of the placed labels and of other nodes' discs.
  const free = (x0: number, y0: number, x1: number, y1: number, owner: string, ignoreDiscs: boolean) => {
    if (x0 < 0 || y0 < 0 || x1 > width || y1 > height) return false;
    const i1 = col(x1);
    const j1 = row(y1);
    for (let i = col(x0); i <= i1; i++)
      for (let j = row(y0); j <= j1; j++) {
        const near = boxes[i * rows + j];
        if (near) for (const o of near) if (x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1) return false;
        const around = discs[i * rows + j];
        if (around)
          for (const d of around)
            if (d.id !== owner && !(ignoreDiscs && d.r <= SMALL_DOT) && discHitsBox(d, x0, y0, x1, y1)) return false;
      }
    return true;
  };

  const h = Math.ceil(fontSize * 1.25);
  const placed: PlacedLabel[] = [];
  const sorted = [...requests].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const q of sorted) {
    const w = textWidth(q.text, fontSize);
    const first = prefer === 'right' ? 1 : -1;
    const passes = q.force ? 2 : 1;
    search: for (let pass = 0; pass < passes; pass++)
      // Sides first, then the four corners, then the same a little further out.
      for (let c = 0; c < 16; c++) {
        const gap = c < 8 ? q.r + 3 : q.r + 10;
        spot(c & 7, q, first, gap, w, h);
        const x = round(at[0]);
        const y = round(at[1]);
        const x0 = x - w / 2;
        const y0 = y - h / 2;
        const x1 = x + w / 2;
        const y1 = y + h / 2;
        if (!free(x0, y0, x1, y1, q.id, pass === 1)) continue;
        put(boxes, x0, y0, x1, y1, { x0, y0, x1, y1 });
        placed.push({ id: q.id, x, y, width: w, height: h, text: q.text });
        break search;
      }
  }
  return placed;
}

// Candidate spot `c` (0-7) for node `q` in `at`: preferred side, other side, below, above, then the four corners.
const at: [number, number] = [0, 0];
function spot(c: number, q: LabelRequest, first: number, gap: number, w: number, h: number): void {
  const d = gap * 0.72;
  // Two stores per spot, no array: each line is the spot's x, then its y.
  const side = first * (gap + w / 2);
  const corner = first * (d + w / 2);
  if (c === 0) at[0] = q.x + side;
  else if (c === 1) at[0] = q.x - side;
  else if (c === 2 || c === 3) at[0] = q.x;
  else if (c === 4 || c === 5) at[0] = q.x + corner;
  else at[0] = q.x - corner;
  if (c === 0 || c === 1) at[1] = q.y;
  else if (c === 2) at[1] = q.y + gap + h / 2;
  else if (c === 3) at[1] = q.y - gap - h / 2;
  else if (c === 4 || c === 6) at[1] = q.y - d - h / 2;
  else at[1] = q.y + d + h / 2;
}

const finite = (v: number) => (Number.isFinite(v) && v > 0 ? v : CELL);
const boxOf = (x: number, y: number, w: number, h: number): Box => ({
  x0: x - w / 2,
  y0: y - h / 2,
  x1: x + w / 2,
  y1: y + h / 2,
});
function discHitsBox(d: Obstacle, x0: number, y0: number, x1: number, y1: number): boolean {
  const nx = Math.max(x0, Math.min(d.x, x1));
  const ny = Math.max(y0, Math.min(d.y, y1));
  return (d.x - nx) ** 2 + (d.y - ny) ** 2 < d.r * d.r;
}
