import { textWidth } from '../shared/textWidth.js';

/** A marker that wants a label: its centre and radius (px), the text, and how much it matters. */
export type LabelRequest = { id: string; x: number; y: number; r: number; text: string; priority: number };
/** A placed label: the centre of its box (draw with `text-anchor="middle"`), its size, and its text. */
export type PlacedLabel = { id: string; x: number; y: number; width: number; height: number; text: string };

export type PlaceLabelsOptions = {
  width: number;
  height: number;
  /** Default 11. */
  fontSize?: number;
  /** Side tried first: `end` of the reading direction (right in LTR, left in RTL). Default `'right'`. */
  prefer?: 'right' | 'left';
};

type Box = { x0: number; y0: number; x1: number; y1: number };
const CELL = 40;
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Greedy label placement: markers by descending priority (ties by id) try right, left, above and
 * below; a label is kept only where it overlaps no placed label, no other marker and stays inside
 * the area. Labels that fit nowhere are dropped (the marker keeps its accessible name).
 */
export function placeLabels(requests: readonly LabelRequest[], options: PlaceLabelsOptions): PlacedLabel[] {
  const { width, height, fontSize = 11, prefer = 'right' } = options;
  const grid = new Map<string, { box: Box; owner: string }[]>();
  const cells = (b: Box) => {
    const keys: string[] = [];
    for (let i = Math.floor(b.x0 / CELL); i <= Math.floor(b.x1 / CELL); i++)
      for (let j = Math.floor(b.y0 / CELL); j <= Math.floor(b.y1 / CELL); j++) keys.push(`${i},${j}`);
    return keys;
  };
  const add = (box: Box, owner: string) => {
    for (const k of cells(box)) {
      const list = grid.get(k) ?? [];
      list.push({ box, owner });
      grid.set(k, list);
    }
  };
  const free = (box: Box, self: string) =>
    cells(box).every((k) => (grid.get(k) ?? []).every((o) => o.owner === self || !overlaps(o.box, box)));
  for (const m of requests) add({ x0: m.x - m.r, y0: m.y - m.r, x1: m.x + m.r, y1: m.y + m.r }, m.id);

  const h = Math.ceil(fontSize * 1.25);
  const sorted = [...requests].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out: PlacedLabel[] = [];
  for (const m of sorted) {
    if (!m.text) continue;
    const w = textWidth(m.text, fontSize) + 4;
    const gap = m.r + 3;
    const right = { x: m.x + gap + w / 2, y: m.y };
    const left = { x: m.x - gap - w / 2, y: m.y };
    const candidates = [
      ...(prefer === 'right' ? [right, left] : [left, right]),
      { x: m.x, y: m.y - gap - h / 2 },
      { x: m.x, y: m.y + gap + h / 2 },
    ];
    for (const c of candidates) {
      const box = { x0: c.x - w / 2, y0: c.y - h / 2, x1: c.x + w / 2, y1: c.y + h / 2 };
      if (box.x0 < 0 || box.y0 < 0 || box.x1 > width || box.y1 > height || !free(box, m.id)) continue;
      add(box, `label:${m.id}`);
      const r = (v: number) => Math.round(v * 10) / 10;
      out.push({ id: m.id, x: r(c.x), y: r(c.y), width: w, height: h, text: m.text });
      break;
    }
  }
  return out;
}
