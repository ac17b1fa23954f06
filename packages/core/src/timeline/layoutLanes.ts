import { r1 } from '../shared/r1.js';
import type { MarkShape } from './eventExtent.js';
import {
  fitRows,
  type Item,
  LABEL_ROW,
  laneExtents,
  type Packed,
  packItems,
  placeLabelsWhereRoom,
  totalRows,
} from './laneRows.js';

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

/**
 * Lays dated events out in lanes: extent from each date's precision, sub-rows from `packLanes` so
 * nothing overlaps in a lane, and the lane's name in the top rows at its reading start, kept clear
 * of marks. When every title fits beside its mark, packing reserves room for the titles (none
 * collide); otherwise marks pack tightly and a title is drawn only where its row has room (laneRows.ts).
 */
export function layoutLanes(events: readonly LaneEvent[], o: LaneLayoutOptions): LaneLayout {
  const { width, height, rtl = false, fontSize = 12, minRow = 3, maxRow = 24 } = o;
  const maxHeight = Math.max(height, o.maxHeight ?? height);
  const laneSet = new Set(o.lanes);
  const span = o.laneLabelSpan ?? (() => 0);
  const c = { width, rtl, fontSize, scale: o.scale, lanes: o.lanes, span, laneSet };

  // Labels need at least (sum of label widths / plot width) rows; skip the labelled packing when even that cannot fit.
  let ink = 0;
  for (const ev of events) if (laneSet.has(ev.lane)) ink += ev.label.length * fontSize * 0.3 + 8;
  const hopeless = (ink / Math.max(1, width)) * LABEL_ROW > maxHeight * 1.5;
  let items: Item[] = [];
  let packed: Packed = { row: [], rows: new Map() };
  let rowHeight = 0;
  let pointSize = 8;
  if (!hopeless) {
    items = laneExtents(events, c, 8, true);
    packed = packItems(items, c, 1, 8);
    const rows = totalRows(o.lanes, packed.rows);
    if (rows * LABEL_ROW <= maxHeight) rowHeight = Math.min(maxRow, Math.max(LABEL_ROW, height / Math.max(1, rows)));
  }
  if (!rowHeight) {
    const best = fitRows(events, c, { height, maxHeight, minRow, maxRow });
    ({ items, packed, size: pointSize } = best);
    rowHeight =
      best.total < height ? Math.min(maxRow, best.rh * Math.min(1.25, height / Math.max(1, best.total))) : best.rh;
    if (rowHeight >= 16)
      placeLabelsWhereRoom(items, packed.row, Math.ceil(LABEL_ROW / best.rh - 0.01), { width, rtl, fontSize, span });
  }
  rowHeight = Math.floor(rowHeight * 10) / 10;
  return { ...laidOut(items, packed, o.lanes, rowHeight), rowHeight, pointSize };
}

/** The lanes stacked top to bottom and each mark at its row. */
function laidOut(items: readonly Item[], packed: Packed, order: readonly string[], rowHeight: number) {
  const lanes: LaidLane[] = [];
  const laneTop = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const it of items) counts.set(it.ev.lane, (counts.get(it.ev.lane) ?? 0) + 1);
  let y = 0;
  for (const key of order) {
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
  return { marks, lanes, height: r1(y) };
}
