import { eventExtent, type MarkShape } from './eventExtent.js';
import { packLanes } from './packLanes.js';
import { textWidth } from './textWidth.js';

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
  /** Height in px the lanes may fill; the layout grows past it (and the caller scrolls) only when rows would get thinner than `minRow`. */
  height: number;
  /** Lane keys in display order; events of other lanes are left out. */
  lanes: readonly string[];
  /** Put labels left of marks (right-to-left reading). Default false. */
  rtl?: boolean;
  fontSize?: number;
  /** Lane header (name) height. Default 18. */
  header?: number;
  minRow?: number;
  maxRow?: number;
};

export type LaidLabel = { x: number; side: 'after' | 'before' };
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
const LABEL_ROW = 18;
const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Lays dated events out in lanes: extent from each date's precision, sub-rows from `packLanes` so
 * nothing overlaps in a lane. When every label fits, packing reserves room for labels (none
 * collide); otherwise marks pack tightly and a label is drawn only where its row has room for it.
 */
export function layoutLanes(events: readonly LaneEvent[], o: LaneLayoutOptions): LaneLayout {
  const { width, height, rtl = false, fontSize = 12, header = 18, minRow = 3, maxRow = 24 } = o;
  const laneSet = new Set(o.lanes);
  const attempt = (pointSize: number, withLabels: boolean) => {
    const items: {
      ev: LaneEvent;
      shape: MarkShape;
      a0: number;
      a1: number;
      center: number;
      label: LaidLabel | null;
    }[] = [];
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
    const packItems = items.map((it) => {
      if (!it.label) return { lane: it.ev.lane, a0: it.a0, a1: it.a1 };
      const w = textWidth(it.ev.label, fontSize);
      return it.label.side === 'after'
        ? { lane: it.ev.lane, a0: it.a0, a1: it.label.x + w }
        : { lane: it.ev.lane, a0: it.label.x - w, a1: it.a1 };
    });
    return { items, packed: packLanes(packItems, withLabels ? 8 : 1) };
  };
  const totalRows = (rows: Map<string, number>) => o.lanes.reduce((s, k) => s + (rows.get(k) ?? 0), 0);
  const headers = (rows: Map<string, number>) => o.lanes.filter((k) => rows.get(k)).length * header;

  // Labels need at least (sum of label widths / plot width) rows; skip the labelled packing when even that cannot fit.
  let ink = 0;
  for (const ev of events) if (laneSet.has(ev.lane)) ink += ev.label.length * fontSize * 0.3 + 8;
  const hopeless = (ink / Math.max(1, width)) * LABEL_ROW > height * 1.5;
  let run = attempt(8, !hopeless);
  let rowHeight = LABEL_ROW;
  const fits = !hopeless && totalRows(run.packed.rows) * LABEL_ROW + headers(run.packed.rows) <= height;
  let pointSize = 8;
  if (fits) {
    rowHeight = Math.min(
      maxRow,
      Math.max(LABEL_ROW, (height - headers(run.packed.rows)) / Math.max(1, totalRows(run.packed.rows))),
    );
  } else {
    if (!hopeless) run = attempt(8, false);
    const free = (rows: Map<string, number>) => (height - headers(rows)) / Math.max(1, totalRows(rows));
    rowHeight = free(run.packed.rows);
    if (rowHeight < 8) {
      // Thin rows: shrink points to the row height and pack again, so dense data stays legible.
      pointSize = Math.max(3, Math.floor(rowHeight));
      run = attempt(pointSize, false);
      rowHeight = free(run.packed.rows);
    }
    rowHeight = Math.min(maxRow, Math.max(minRow, rowHeight));
    placeLabelsWhereRoom(run.items, run.packed.row, rowHeight >= 16, width, rtl, fontSize);
  }
  rowHeight = Math.floor(rowHeight * 10) / 10;

  const lanes: LaidLane[] = [];
  const laneTop = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const it of run.items) counts.set(it.ev.lane, (counts.get(it.ev.lane) ?? 0) + 1);
  let y = 0;
  for (const key of o.lanes) {
    const rows = run.packed.rows.get(key) ?? 0;
    if (!rows) continue;
    const h = header + rows * rowHeight;
    lanes.push({ key, y: r1(y), height: r1(h), rows, count: counts.get(key) ?? 0 });
    laneTop.set(key, y + header);
    y += h;
  }
  const marks = run.items.map((it, i): LaidMark => {
    const row = run.packed.row[i] ?? 0;
    return {
      id: it.ev.id,
      lane: it.ev.lane,
      shape: it.shape,
      a0: it.a0,
      a1: it.a1,
      center: it.center,
      row,
      y: r1((laneTop.get(it.ev.lane) ?? 0) + row * rowHeight),
      h: rowHeight,
      label: it.label ? { side: it.label.side, x: r1(it.label.x) } : null,
    };
  });
  return { marks, lanes, rowHeight, height: r1(y), pointSize };
}

type Placeable = { ev: LaneEvent; a0: number; a1: number; label: LaidLabel | null };
/** Labels for tightly packed marks: beside a mark only when its row is free up to the neighbour. */
function placeLabelsWhereRoom(
  items: Placeable[],
  row: number[],
  tallEnough: boolean,
  width: number,
  rtl: boolean,
  fontSize: number,
) {
  if (!tallEnough) return;
  const rows = new Map<string, number[]>();
  items.forEach((it, i) => {
    const k = `${it.ev.lane}\u0000${row[i]}`;
    const list = rows.get(k) ?? [];
    list.push(i);
    rows.set(k, list);
  });
  for (const list of rows.values()) {
    list.sort((i, j) => items[i]!.a0 - items[j]!.a0);
    list.forEach((i, n) => {
      const it = items[i]!;
      const w = textWidth(it.ev.label, fontSize);
      if (rtl) {
        const limit = n > 0 ? items[list[n - 1]!]!.a1 + LABEL_GAP : 0;
        if (it.a0 - LABEL_GAP - w >= limit) it.label = { x: it.a0 - LABEL_GAP, side: 'before' };
      } else {
        const limit = n + 1 < list.length ? items[list[n + 1]!]!.a0 - LABEL_GAP : width;
        if (it.a1 + LABEL_GAP + w <= limit) it.label = { x: it.a1 + LABEL_GAP, side: 'after' };
      }
    });
  }
}
