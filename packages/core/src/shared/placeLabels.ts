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
  // Uniform grids of CELL px (numeric cell keys: this runs on every hover, for the highlight labels).
  const boxes = new Map<number, Box[]>();
  const discs = new Map<number, Obstacle[]>();
  const put = <T>(grid: Map<number, T[]>, b: Box, v: T) => {
    const i1 = Math.floor(b.x1 / CELL);
    const j1 = Math.floor(b.y1 / CELL);
    for (let i = Math.floor(b.x0 / CELL); i <= i1; i++)
      for (let j = Math.floor(b.y0 / CELL); j <= j1; j++) {
        const k = cellKey(i, j);
        const list = grid.get(k);
        if (list) list.push(v);
        else grid.set(k, [v]);
      }
  };
  for (const o of obstacles) put(discs, { x0: o.x - o.r, y0: o.y - o.r, x1: o.x + o.r, y1: o.y + o.r }, o);
  for (const t of taken) {
    const b = boxOf(t);
    put(boxes, b, b);
  }

  const free = (b: Box, owner: string, ignoreDiscs = false) => {
    if (b.x0 < 0 || b.y0 < 0 || b.x1 > width || b.y1 > height) return false;
    const i1 = Math.floor(b.x1 / CELL);
    const j1 = Math.floor(b.y1 / CELL);
    for (let i = Math.floor(b.x0 / CELL); i <= i1; i++)
      for (let j = Math.floor(b.y0 / CELL); j <= j1; j++) {
        const k = cellKey(i, j);
        const near = boxes.get(k);
        if (near) for (const o of near) if (b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1) return false;
        const around = discs.get(k);
        if (around)
          for (const d of around)
            if (d.id !== owner && !(ignoreDiscs && d.r <= SMALL_DOT) && discHitsBox(d, b)) return false;
      }
    return true;
  };

  const h = Math.ceil(fontSize * 1.25);
  const placed: PlacedLabel[] = [];
  const sorted = [...requests].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const q of sorted) {
    const w = textWidth(q.text, fontSize);
    const first = prefer === 'right' ? 1 : -1;
    const candidates: { x: number; y: number }[] = [];
    // Sides first, then the four corners, then the same a little further out.
    for (const gap of [q.r + 3, q.r + 10]) {
      const d = gap * 0.72;
      candidates.push(
        { x: q.x + first * (gap + w / 2), y: q.y },
        { x: q.x - first * (gap + w / 2), y: q.y },
        { x: q.x, y: q.y + gap + h / 2 },
        { x: q.x, y: q.y - gap - h / 2 },
        { x: q.x + first * (d + w / 2), y: q.y - d - h / 2 },
        { x: q.x + first * (d + w / 2), y: q.y + d + h / 2 },
        { x: q.x - first * (d + w / 2), y: q.y - d - h / 2 },
        { x: q.x - first * (d + w / 2), y: q.y + d + h / 2 },
      );
    }
    const tries = q.force ? [false, true] : [false];
    search: for (const ignoreDiscs of tries)
      for (const c of candidates) {
        const label = { id: q.id, x: round(c.x), y: round(c.y), width: w, height: h, text: q.text };
        const b = boxOf(label);
        if (!free(b, q.id, ignoreDiscs)) continue;
        put(boxes, b, b);
        placed.push(label);
        break search;
      }
  }
  return placed;
}

// One number per cell; exact for cells within ±2^20 of the origin (far beyond any drawing).
const cellKey = (i: number, j: number) => (i + 2 ** 20) * 2 ** 21 + (j + 2 ** 20);
const round = (v: number) => Math.round(v * 10) / 10;
const boxOf = (l: PlacedLabel): Box => ({
  x0: l.x - l.width / 2,
  y0: l.y - l.height / 2,
  x1: l.x + l.width / 2,
  y1: l.y + l.height / 2,
});
function discHitsBox(d: Obstacle, b: Box): boolean {
  const nx = Math.max(b.x0, Math.min(d.x, b.x1));
  const ny = Math.max(b.y0, Math.min(d.y, b.y1));
  return (d.x - nx) ** 2 + (d.y - ny) ** 2 < d.r * d.r;
}
