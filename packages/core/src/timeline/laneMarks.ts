import type { Mark, TextMark } from '../scene/types.js';
import { r1 } from '../shared/r1.js';
import type { TimelineItem } from './buildTimelineModel.js';
import { type EventGeometryInput, eventLook, eventLooks, eventMark } from './eventMarks.js';
import { LANE_INSET, laneName, sideAnchor } from './laneName.js';
import type { LaneLayout } from './layoutLanes.js';

/** An event's accessible name: title, date, then the named parties. */
export const eventName = (it: TimelineItem): string => `${it.title}, ${it.dateText}: ${it.parties}`;

/** Lane bands, alternating over the chart's full `width`, and a grid line at each tick (`gridXs`, inside the plot). */
export function laneBackgroundMarks(
  layout: LaneLayout,
  width: number,
  left: number,
  gridXs: readonly number[],
): Mark[] {
  const bands = layout.lanes.map(
    (lane, i): Mark => ({
      type: 'rect',
      key: lane.key,
      x: 0,
      y: lane.y,
      width,
      height: lane.height,
      fill: i % 2 ? 'var(--pl-bg)' : 'var(--pl-lane, color-mix(in srgb, var(--pl-grid) 35%, var(--pl-bg)))',
    }),
  );
  const grid: Mark = {
    type: 'group',
    transform: `translate(${left},0)`,
    stroke: 'var(--pl-grid)',
    children: gridXs.map((x) => ({ type: 'line', key: String(x), x1: x, y1: 0, x2: x, y2: layout.height })),
  };
  return [...bands, grid];
}

/** Baseline of a lane's name: in the middle of its first row (at least 18 px tall). */
export const laneNameY = (laneY: number, rowHeight: number) => r1(laneY + Math.max(18, rowHeight) / 2 + 4);

/**
 * A bold name followed by " · count", flush against `x` on the given visual side whatever the name's script.
 * One text mark: a scene's text has one style, and placing a muted count after an estimated name width
 * made the two overlap or gap in real fonts (the React layer draws the count as a lighter `<tspan>`).
 */
export function nameAndCount(name: string, count: string, x: number, y: number, side: 'left' | 'right'): TextMark {
  return { type: 'text', x, y, text: `${name}${count}`, size: 12, weight: 600, ...sideAnchor(name, side) };
}

/** Each lane's name and event count at its reading start, in the lane's first row. */
export function laneNameMarks(
  layout: LaneLayout,
  labels: ReadonlyMap<string, string>,
  width: number,
  rtl: boolean,
): Mark[] {
  return layout.lanes.map((lane) => ({
    ...nameAndCount(
      laneName(labels.get(lane.key) ?? lane.key),
      ` · ${lane.count}`,
      rtl ? width - LANE_INSET : LANE_INSET,
      laneNameY(lane.y, layout.rowHeight),
      rtl ? 'right' : 'left',
    ),
    key: lane.key,
  }));
}

/**
 * Events as named marks, bands first, then solid marks, then hollow ones (so points and bars of a row stay on
 * top of bands), in layout order within each look.
 */
export function namedEventMarks(
  placed: readonly (EventGeometryInput & { id: string })[],
  items: ReadonlyMap<string, TimelineItem>,
): Mark[] {
  const out: Mark[][] = eventLooks.map(() => []);
  for (const g of placed) {
    const it = items.get(g.id);
    if (!it) continue;
    const reported = it.basis === 'reported';
    const mark = eventMark({ ...g, reported });
    out[eventLooks.indexOf(eventLook(g.shape, reported))]?.push({
      ...mark,
      key: it.id,
      ref: { type: 'partnership', id: it.id },
      name: eventName(it),
    });
  }
  return out.flat();
}

/** Where one laid-out event is drawn (in plot coordinates): what `eventGeometry` takes. */
export const laneMarkGeometry = (m: LaneLayout['marks'][number], pointSize: number): EventGeometryInput => ({
  shape: m.shape,
  a0: m.a0,
  a1: m.a1,
  center: m.center,
  b0: m.y,
  size: m.h,
  pointSize,
});

/** Where each event of the lanes is drawn (in plot coordinates). */
export const laneGeometry = (layout: LaneLayout) =>
  layout.marks.map((m) => ({ id: m.id, ...laneMarkGeometry(m, layout.pointSize) }));

/** Every event of the lanes as a named mark (in plot coordinates). */
export function laneEventMarks(layout: LaneLayout, items: ReadonlyMap<string, TimelineItem>): Mark[] {
  return namedEventMarks(laneGeometry(layout), items);
}

/** The titles drawn beside their marks where the layout found room (in plot coordinates). */
export function laneLabelMarks(layout: LaneLayout, items: ReadonlyMap<string, TimelineItem>): Mark[] {
  return layout.marks.flatMap((m): Mark[] => {
    if (!m.label) return [];
    const text = m.label.text ?? items.get(m.id)?.title ?? '';
    const y = r1(m.y + m.h / 2 + 4);
    const at = sideAnchor(text, m.label.side === 'after' ? 'left' : 'right');
    return [{ type: 'text', key: m.id, x: m.label.x, y, text, size: 12, ...at }];
  });
}
