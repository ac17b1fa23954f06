import { textWidth, truncateText } from '../shared/textWidth.js';
import { eventExtent, type MarkShape } from './eventExtent.js';
import type { LaidLabel, LaneEvent, LaneLayoutOptions } from './layoutLanes.js';
import { packColumns } from './packLanes.js';

// The steps of layoutLanes: each event's extent, packing into rows, the row height that fits, titles where room.

export const LABEL_GAP = 4;
/** Row height at which titles are drawn beside marks, and the height a lane's name needs. */
export const LABEL_ROW = 18;

export type Item = { ev: LaneEvent; shape: MarkShape; a0: number; a1: number; center: number; label: LaidLabel | null };
export type Packed = { row: number[]; rows: Map<string, number> };
type Ctx = Required<Pick<LaneLayoutOptions, 'width' | 'rtl' | 'fontSize'>> &
  Pick<LaneLayoutOptions, 'scale' | 'lanes'> & { span: (lane: string) => number; laneSet: ReadonlySet<string> };

/** Each event's extent at a point size, with its title beside it (reading side first) when asked and it fits. */
export function laneExtents(events: readonly LaneEvent[], c: Ctx, pointSize: number, withLabels: boolean): Item[] {
  const { width, rtl, fontSize } = c;
  const items: Item[] = [];
  for (const ev of events) {
    if (!c.laneSet.has(ev.lane)) continue;
    const x = eventExtent(ev, c.scale, pointSize, Math.min(3, pointSize));
    if (!x || x.a1 < 0 || x.a0 > width) continue;
    let label: LaidLabel | null = null;
    if (withLabels) {
      const w = textWidth(ev.label, fontSize);
      const after = x.a1 + LABEL_GAP + w <= width;
      const before = x.a0 - LABEL_GAP - w >= 0;
      if (rtl ? before : after)
        label = rtl ? { x: x.a0 - LABEL_GAP, side: 'before' } : { x: x.a1 + LABEL_GAP, side: 'after' };
      else if (rtl ? after : before)
        label = rtl ? { x: x.a1 + LABEL_GAP, side: 'after' } : { x: x.a0 - LABEL_GAP, side: 'before' };
    }
    items.push({ ev, shape: x.shape, a0: x.a0, a1: x.a1, center: x.center, label });
  }
  return items;
}

/** Packs items into rows in reading order (mirrored when right to left), each lane's name reserved first in its top rows. */
export function packItems(items: readonly Item[], c: Ctx, nameRows: number, gap: number): Packed {
  const { width, rtl, fontSize } = c;
  const lanesUsed = new Set<string>();
  for (const it of items) lanesUsed.add(it.ev.lane);
  const reserved = c.lanes.filter((k) => lanesUsed.has(k)).flatMap((k) => Array<string>(nameRows).fill(k));
  const n = reserved.length + items.length;
  const lane = new Array<string>(n);
  const a0s = new Float64Array(n);
  const a1s = new Float64Array(n);
  for (let i = 0; i < reserved.length; i++) {
    const k = reserved[i]!;
    lane[i] = k;
    a0s[i] = -1e9;
    a1s[i] = c.span(k);
  }
  for (let j = 0; j < items.length; j++) {
    const it = items[j]!;
    let a0 = it.a0;
    let a1 = it.a1;
    if (it.label) {
      const w = textWidth(it.ev.label, fontSize);
      if (it.label.side === 'after') a1 = it.label.x + w;
      else a0 = it.label.x - w;
    }
    const i = reserved.length + j;
    lane[i] = it.ev.lane;
    a0s[i] = rtl ? width - a1 : a0;
    a1s[i] = rtl ? width - a0 : a1;
  }
  const packed = packColumns({ lane, a0: a0s, a1: a1s }, gap);
  return { row: packed.row.slice(reserved.length), rows: packed.rows };
}

export const totalRows = (lanes: readonly string[], rows: Map<string, number>) =>
  lanes.reduce((s, k) => s + (rows.get(k) ?? 0), 0);

type Try = { rh: number; size: number; items: Item[]; packed: Packed; total: number };

/** Rows a lane's name takes at row height `rh`. */
const nameRows = (rh: number) => Math.ceil(LABEL_ROW / rh - 0.01);

/**
 * The least total height packing at row height `rh` (taller than `thin.rh`) can give: each mark is at least as wide
 * as at `thin`'s size and packing by start is optimal, so a lane loses at most the name rows `rh` saves.
 */
export function heightAtLeast(thin: Pick<Try, 'rh' | 'packed'>, rh: number): number {
  const fewer = nameRows(thin.rh) - nameRows(rh);
  let rows = 0;
  for (const n of thin.packed.rows.values()) rows += Math.max(0, n - fewer);
  return rows * rh;
}

/**
 * Without room for every title: the largest row height whose packing fits the height, a lane's name taking as many
 * top rows as it needs; when none fits, the one with the least total height (preferring taller rows within 10%).
 */
export function fitRows(
  events: readonly LaneEvent[],
  c: Ctx,
  o: { height: number; maxHeight: number; minRow: number; maxRow: number },
): Try {
  const tries: Try[] = [];
  const bySize = new Map<number, Item[]>();
  const attempt = (rh: number) => {
    const size = Math.max(3, Math.min(8, Math.floor(rh)));
    const its = bySize.get(size) ?? laneExtents(events, c, size, false);
    bySize.set(size, its);
    const p = packItems(its, c, nameRows(rh), 1);
    const t = { rh, size, items: its, packed: p, total: totalRows(c.lanes, p.rows) * rh };
    tries.push(t);
    return t;
  };
  const heights = [24, 20, 18, 16, 14, 12, 10, 8, 6, 5, 4, 3].filter((r) => r >= o.minRow && r <= o.maxRow);
  // Dense data: when even the thinnest rows overflow, only the thin end matters — try upwards from it.
  const thinnest = attempt(heights[heights.length - 1] ?? o.minRow);
  // Taller rows never need fewer rows for marks (each mark is at least as wide; packing by start is optimal), only
  // fewer for the lane's name: when that bound already overshoots, the packing it would stop at is not computed
  // (it could not be chosen below: over maxHeight and over 1.1 × the least total).
  if (thinnest.total > o.maxHeight)
    for (const rh of heights.slice(0, -1).reverse()) {
      if (heightAtLeast(thinnest, rh) > thinnest.total * 1.1) break;
      if (attempt(rh).total > thinnest.total * 1.1) break;
    }
  if (thinnest.total <= o.maxHeight) for (const rh of heights.slice(0, -1)) if (attempt(rh).total <= o.height) break;
  const least = Math.min(...tries.map((t) => t.total));
  tries.sort((a, b) => b.rh - a.rh);
  // Rows tall enough for titles (16 px) may take up to maxHeight; otherwise stay within height.
  const withinHeight = tries.find((t) => t.total <= o.height);
  const readable = tries
    .filter((t) => t.total <= o.maxHeight && t.rh >= 16)
    .reduce<Try | undefined>((a, t) => (a && a.total <= t.total ? a : t), undefined);
  return (
    (withinHeight && (withinHeight.rh >= 16 || !readable) ? withinHeight : readable) ??
    tries.find((t) => t.total <= o.maxHeight) ??
    tries.find((t) => t.total <= least * 1.1) ??
    (tries[tries.length - 1] as Try)
  );
}

/**
 * Titles for tightly packed marks, in reading order along each row: after the mark when the row is
 * free up to the next mark, else before it when free back to the previous mark (or its title, or
 * the lane's name); when neither side has room for the whole title but one has at least 60 px, the
 * title is cut to fit with "…".
 */
export function placeLabelsWhereRoom(
  items: Item[],
  row: number[],
  nameRows: number,
  o: { width: number; rtl: boolean; fontSize: number; span: (lane: string) => number },
) {
  const { width, rtl, fontSize, span } = o;
  // Work in reading coordinates (distance from the reading-start edge), so one pass serves both directions.
  const rs = (it: Item) => (rtl ? width - it.a1 : it.a0);
  const re = (it: Item) => (rtl ? width - it.a0 : it.a1);
  const rows = new Map<string, number[]>();
  items.forEach((it, i) => {
    const k = `${row[i]}\u0000${it.ev.lane}`;
    const list = rows.get(k) ?? [];
    list.push(i);
    rows.set(k, list);
  });
  for (const [key, list] of rows) {
    list.sort((i, j) => rs(items[i]!) - rs(items[j]!));
    const lane = items[list[0]!]!.ev.lane;
    let free = Number(key.split('\u0000')[0]) < nameRows ? Math.max(0, span(lane)) : 0;
    list.forEach((i, n) => {
      const it = items[i]!;
      const w = textWidth(it.ev.label, fontSize);
      const next = n + 1 < list.length ? rs(items[list[n + 1]!]!) - LABEL_GAP : width;
      const afterRoom = next - (re(it) + LABEL_GAP);
      const beforeRoom = rs(it) - LABEL_GAP - free;
      let side: 'after' | 'before' | null = null;
      let room = 0;
      if (afterRoom >= w) [side, room] = ['after', w];
      else if (beforeRoom >= w) [side, room] = ['before', w];
      else if (afterRoom >= 60 && afterRoom >= beforeRoom) [side, room] = ['after', afterRoom];
      else if (beforeRoom >= 60) [side, room] = ['before', beforeRoom];
      if (side) {
        const readX = side === 'after' ? re(it) + LABEL_GAP : rs(it) - LABEL_GAP;
        const x = rtl ? width - readX : readX;
        // Stored sides are visual: "after" = right of the mark.
        const visual = (side === 'after') !== rtl ? 'after' : 'before';
        it.label = { x, side: visual, ...(room < w ? { text: truncateText(it.ev.label, room, fontSize) } : {}) };
      }
      free = side === 'after' ? re(it) + LABEL_GAP + room + LABEL_GAP : re(it) + LABEL_GAP;
    });
  }
}
