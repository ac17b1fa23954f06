import type { LaidMark, LaneLayout, VerticalLayout, VerticalMark } from '@parklinks/core/timeline';
import { AXIS_H, type TimelineGeometry } from './useTimelineGeometry.js';

const laneIndex = new WeakMap<LaneLayout, Map<string, LaidMark>>();
const verticalIndex = new WeakMap<VerticalLayout, Map<string, VerticalMark>>();

/** Marks of a lane layout by event id, built once per layout (a hover then looks its mark up instead of scanning). */
export function laneMarkIndex(layout: LaneLayout): Map<string, LaidMark> {
  let idx = laneIndex.get(layout);
  if (!idx) {
    idx = new Map(layout.marks.map((m) => [m.id, m]));
    laneIndex.set(layout, idx);
  }
  return idx;
}

/** The laid-out mark of event `id`. */
export function laneMark(layout: LaneLayout, id: string): LaidMark | undefined {
  return laneMarkIndex(layout).get(id);
}

/** The same for the vertical (phone) layout. */
export function verticalMark(layout: VerticalLayout, id: string): VerticalMark | undefined {
  let idx = verticalIndex.get(layout);
  if (!idx) {
    idx = new Map(layout.marks.map((m) => [m.id, m]));
    verticalIndex.set(layout, idx);
  }
  return idx.get(id);
}

/**
 * Where (in px from the chart body's top-left) a tooltip for event `id` points: the middle of its
 * mark, or of its chip in the undated tray (`trayIndex` = its position there). Null when not drawn.
 */
export function markAnchor(geo: TimelineGeometry, id: string, trayIndex: number): { x: number; y: number } | null {
  if (geo.tray && trayIndex >= 0) {
    const chip = geo.tray.chips.find((c) => c.index === trayIndex);
    return chip ? { x: geo.trayLeft + chip.x + chip.w / 2, y: geo.trayTop + 20 + chip.y + 11 } : null;
  }
  if (geo.vLayout) {
    const m = verticalMark(geo.vLayout, id);
    return m ? { x: m.x + m.w / 2, y: m.center } : null;
  }
  const m = geo.lanes ? laneMark(geo.lanes, id) : undefined;
  if (!m) return null;
  return { x: geo.plotLeft + m.center, y: AXIS_H + m.y + m.h / 2 };
}
