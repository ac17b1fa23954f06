import type { SceneItem } from '../scene/types.js';
import type { TimelineItem } from './buildTimelineModel.js';
import { eventName } from './laneMarks.js';
import { AXIS_H, type TimelineLayout } from './layoutTimeline.js';
import { markAnchor, TRAY_HEADING } from './markAnchor.js';

/** Keyboard order (time, undated last) with where each event is drawn; off-page undated ones point at the tray. */
export function timelineItems(layout: TimelineLayout, shown: readonly TimelineItem[]): SceneItem[] {
  const offset = shown.findIndex((e) => e.start === null);
  const fallback = layout.tray
    ? { x: layout.trayLeft, y: layout.trayTop + TRAY_HEADING / 2 }
    : { x: layout.plotLeft, y: AXIS_H };
  return shown.map((it, i) => {
    const at = markAnchor(layout, it.id, offset < 0 || i < offset ? -1 : i - offset) ?? fallback;
    return { ref: { type: 'partnership', id: it.id }, name: eventName(it), x: at.x, y: at.y };
  });
}
