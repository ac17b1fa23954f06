import type { TimelineItem } from './buildTimelineModel.js';
import type { TimeRange } from './zoomDomain.js';

/**
 * The events a timeline shows, in keyboard order: dated events overlapping `range` (all of them without one),
 * then the undated ones — only while no range is set, since an undated event cannot fall inside one.
 */
export function shownEvents(items: readonly TimelineItem[], range: TimeRange | null | undefined): TimelineItem[] {
  const r0 = range?.[0];
  const r1 = range?.[1];
  return items.filter((e) =>
    e.start === null || e.end === null
      ? r0 === undefined
      : r0 === undefined || r1 === undefined || (e.end >= r0 && e.start <= r1),
  );
}
