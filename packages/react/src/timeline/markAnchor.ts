import { AXIS_H, type TimelineGeometry } from './useTimelineGeometry.js';

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
    const m = geo.vLayout.marks.find((x) => x.id === id);
    return m ? { x: m.x + m.w / 2, y: m.center } : null;
  }
  const m = geo.lanes?.marks.find((x) => x.id === id);
  if (!m) return null;
  return { x: geo.plotLeft + m.center, y: AXIS_H + m.y + m.h / 2 };
}
