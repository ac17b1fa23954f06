import type { LaidMark, LaneLayout } from './layoutLanes.js';
import { AXIS_H, type TimelineLayout } from './layoutTimeline.js';
import type { VerticalLayout, VerticalMark } from './layoutVertical.js';

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

/** Top of the tray's chips below the tray's own top (its heading's height). */
export const TRAY_HEADING = 20;

/**
 * Where (in px from the chart body's top-left) event `id` is drawn: the middle of its mark, or of its chip in
 * the undated tray (`trayIndex` = its position among the undated events). Null when it is not drawn.
 */
export function markAnchor(layout: TimelineLayout, id: string, trayIndex: number): { x: number; y: number } | null {
  if (layout.tray && trayIndex >= 0) {
    const chip = layout.tray.chips.find((c) => c.index === trayIndex);
    return chip ? { x: layout.trayLeft + chip.x + chip.w / 2, y: layout.trayTop + TRAY_HEADING + chip.y + 11 } : null;
  }
  if (layout.vLayout) {
    const m = verticalMark(layout.vLayout, id);
    return m ? { x: m.x + m.w / 2, y: m.center } : null;
  }
  const m = layout.lanes ? laneMark(layout.lanes, id) : undefined;
  if (!m) return null;
  return { x: layout.plotLeft + m.center, y: AXIS_H + m.y + m.h / 2 };
}
