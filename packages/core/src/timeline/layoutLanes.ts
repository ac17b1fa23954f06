import { textWidth, truncateText } from '../shared/textWidth.js';
import { eventExtent, type MarkShape } from './eventExtent.js';
import { packLanes } from './packLanes.js';

/** A dated event ready for layout: its lane key and the label to show beside it when there is room. */
export type LaneEvent = {
  id: string;
  lane: string;
  start: number;
  end: number;
  precision: 'day' | 'month' | 'year';
  label: string;
};

export type LaneLayoutOptions = {
  /** Time (ms) → px along the plot; may run right to left. */
  scale: (ms: number) => number;
  /** Plot width in px; events wholly outside [0, width] are left out. */
  width: number;
  /** Height in px the lanes should fill (rows grow, up to `maxRow`, to fill it). */
  height: number;
  /** Height in px the lanes may take before rows get thinner; past it the caller scrolls. Default `height`. */
  maxHeight?: number;
  /** Lane keys in display order; events of other lanes are left out. */
  lanes: readonly string[];
  /** How far (px) each lane's name reaches into the plot from its reading-start edge; marks keep clear of it. Default 0. */
  laneLabelSpan?: (lane: string) => number;
  /** Put labels left of marks and lane names on the right (right-to-left reading). Default false. */
  rtl?: boolean;
  fontSize?: number;
  minRow?: number;
  maxRow?: number;
};

/** A title beside its mark: `x` where it starts reading, `side` right (`after`) or left of the mark, `text` when cut. */
export type LaidLabel = { x: number; side: 'after' | 'before'; text?: string };
export type LaidMark = {
  id: string;
  lane: string;
  shape: MarkShape;
  a0: number;
  a1: number;
  center: number;
  row: number;
  /** Top of the mark's row and the row height, in px. */
  y: number;
  h: number;
  /** Where the label starts (its reading start): right of the mark, or left of it. Null when there is no room. */
  label: LaidLabel | null;
};
export type LaidLane = { key: string; y: number; height: number; rows: number; count: number };
export type LaneLayout = { marks: LaidMark[]; lanes: LaidLane[]; rowHeight: number; height: number; pointSize: number };

const LABEL_GAP = 4;
/** Row height at which titles are drawn beside marks, and the height a lane's name needs. */
const LABEL_ROW = 18;
const r1 = (v: number) => Math.round(v * 10) / 10;

type Item = { ev: LaneEvent; shape: MarkShape; a0: number; a1: number; center: number; label: LaidLabel | null };

/**
 * Lays dated events out in lanes: extent from each date's precision, sub-rows from `packLanes` so
 * nothing overlaps in a lane, and the lane's name in the top rows at its reading start, kept clear
 * of marks. When every title fits beside its mark, packing reserves room for the titles (none
 * collide); otherwise marks pack tightly and a title is drawn only where its row has room.
 */
export function layoutLanes(events: readonly LaneEvent[], o: LaneLayoutOptions): LaneLayout {
  const { width, height, rtl = false, fontSize = 12, minRow = 3, maxRow = 24 } = o;
  const maxHeight = Math.max(height, o.maxHeight ?? height);
  const laneSet = new Set(o.lanes);
  const span = o.laneLabelSpan ?? (() => 0);
  const extents = (pointSize: number, withLabels: boolean): Item[] => {
    const items: Item[] = [];
    for (const ev of events) {
      if (!laneSet.has(ev.lane)) continue;
      const x = eventExtent(ev, o.scale, pointSize, Math.min(3, pointSize));
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
      items.push({ ev, ...x, label });
    }
    return items;
  };
  // Pack in reading order (mirrored when right to left) so each lane's name, reserved first, takes the top rows.
  const pack = (items: Item[], nameRows: number, gap: number) => {
    const pi = items.map((it) => {
      let a0 = it.a0;
      let a1 = it.a1;
      if (it.label) {
        const w = textWidth(it.ev.label, fontSize);
        if (it.label.side === 'after') a1 = it.label.x + w;
        else a0 = it.label.x - w;
      }
      return rtl ? { lane: it.ev.lane, a0: width - a1, a1: width - a0 } : { lane: it.ev.lane, a0, a1 };
    });
    const lanesUsed = new Set(pi.map((p) => p.lane));
    const reserved = o.lanes
      .filter((k) => lanesUsed.has(k))
      .flatMap((k) => Array.from({ length: nameRows }, () => ({ lane: k, a0: -1e9, a1: span(k) })));
    const packed = packLanes([...reserved, ...pi], gap);
    return { row: packed.row.slice(reserved.length), rows: packed.rows };
  };
  const totalRows = (rows: Map<string, number>) => o.lanes.reduce((s, k) => s + (rows.get(k) ?? 0), 0);

  // Labels need at least (sum of label widths / plot width) rows; skip the labelled packing when even that cannot fit.
  let ink = 0;
  for (const ev of events) if (laneSet.has(ev.lane)) ink += ev.label.length * fontSize * 0.3 + 8;
  const hopeless = (ink / Math.max(1, width)) * LABEL_ROW > maxHeight * 1.5;
  let items: Item[] = [];
  let packed: { row: number[]; rows: Map<string, number> } = { row: [], rows: new Map() };
  let rowHeight = 0;
  let pointSize = 8;
  if (!hopeless) {
    items = extents(8, true);
    packed = pack(items, 1, 8);
    const rows = totalRows(packed.rows);
    if (rows * LABEL_ROW <= maxHeight) rowHeight = Math.min(maxRow, Math.max(LABEL_ROW, height / Math.max(1, rows)));
  }
  if (!rowHeight) {
    // Largest row height whose packing fits the height; a lane's name takes as many top rows as it needs.
    // When none fits, the one with the least total height (preferring taller rows within 10%).
    const tries: { rh: number; size: number; items: Item[]; packed: typeof packed; total: number }[] = [];
    const bySize = new Map<number, Item[]>();
    const attempt = (rh: number) => {
      const size = Math.max(3, Math.min(8, Math.floor(rh)));
      const its = bySize.get(size) ?? extents(size, false);
      bySize.set(size, its);
      const p = pack(its, Math.ceil(LABEL_ROW / rh - 0.01), 1);
      const t = { rh, size, items: its, packed: p, total: totalRows(p.rows) * rh };
      tries.push(t);
      return t;
    };
    const heights = [24, 20, 18, 16, 14, 12, 10, 8, 6, 5, 4, 3].filter((r) => r >= minRow && r <= maxRow);
    // Dense data: when even the thinnest rows overflow, only the thin end matters — try upwards from it.
    const thinnest = attempt(heights[heights.length - 1] ?? minRow);
    if (thinnest.total > maxHeight)
      for (const rh of heights.slice(0, -1).reverse()) if (attempt(rh).total > thinnest.total * 1.1) break;
    if (thinnest.total <= maxHeight) for (const rh of heights.slice(0, -1)) if (attempt(rh).total <= height) break;
    const least = Math.min(...tries.map((t) => t.total));
    tries.sort((a, b) => b.rh - a.rh);
    // Rows tall enough for titles (16 px) may take up to maxHeight; otherwise stay within height.
    const withinHeight = tries.find((t) => t.total <= height);
    const readable = tries
      .filter((t) => t.total <= maxHeight && t.rh >= 16)
      .reduce<(typeof tries)[number] | undefined>((a, t) => (a && a.total <= t.total ? a : t), undefined);
    const best =
      (withinHeight && (withinHeight.rh >= 16 || !readable) ? withinHeight : readable) ??
      tries.find((t) => t.total <= maxHeight) ??
      tries.find((t) => t.total <= least * 1.1) ??
      tries[tries.length - 1]!;
    ({ items, packed, size: pointSize } = best);
    rowHeight =
      best.total < height ? Math.min(maxRow, best.rh * Math.min(1.25, height / Math.max(1, best.total))) : best.rh;
    if (rowHeight >= 16)
      placeLabelsWhereRoom(items, packed.row, Math.ceil(LABEL_ROW / best.rh - 0.01), { width, rtl, fontSize, span });
  }
  rowHeight = Math.floor(rowHeight * 10) / 10;

  const lanes: LaidLane[] = [];
  const laneTop = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const it of items) counts.set(it.ev.lane, (counts.get(it.ev.lane) ?? 0) + 1);
  let y = 0;
  for (const key of o.lanes) {
    const rows = packed.rows.get(key) ?? 0;
    if (!rows) continue;
    const h = rows * rowHeight;
    lanes.push({ key, y: r1(y), height: r1(h), rows, count: counts.get(key) ?? 0 });
    laneTop.set(key, y);
    y += h;
  }
  const marks = items.map((it, i): LaidMark => {
    const row = packed.row[i] ?? 0;
    const { ev, shape, a0, a1, center, label } = it;
    const top = r1((laneTop.get(ev.lane) ?? 0) + row * rowHeight);
    return {
      id: ev.id,
      lane: ev.lane,
      shape,
      a0,
      a1,
      center,
      row,
      y: top,
      h: rowHeight,
      label: label && { ...label, x: r1(label.x) },
    };
  });
  return { marks, lanes, rowHeight, height: r1(y), pointSize };
}

/**
 * Titles for tightly packed marks, in reading order along each row: after the mark when the row is
 * free up to the next mark, else before it when free back to the previous mark (or its title, or
 * the lane's name); when neither side has room for the whole title but one has at least 60 px, the
 * title is cut to fit with "…".
 */
function placeLabelsWhereRoom(
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
