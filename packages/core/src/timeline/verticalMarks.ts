import type { Mark } from '../scene/types.js';
import type { TimelineItem } from './buildTimelineModel.js';
import { namedEventMarks } from './laneMarks.js';
import { sideAnchor } from './laneName.js';
import type { VerticalLayout, VerticalMark } from './layoutVertical.js';

/** Where each event of the vertical timeline is drawn. */
export const verticalGeometry = (layout: VerticalLayout) =>
  layout.marks.map((m) => ({
    id: m.id,
    shape: m.shape,
    a0: m.a0,
    a1: m.a1,
    center: m.center,
    b0: m.x,
    size: m.w,
    vertical: true,
    pointSize: 8,
  }));

/** The vertical timeline's events as named marks. */
export function verticalEventMarks(layout: VerticalLayout, items: ReadonlyMap<string, TimelineItem>): Mark[] {
  return namedEventMarks(verticalGeometry(layout), items);
}

/** A title beside its mark: a leader from the mark's edge, the wrapped lines, then the lane's name in small type. */
function verticalLabel(m: VerticalMark, lh: number, rtl: boolean): Mark | null {
  const l = m.label;
  if (!l) return null;
  const edge = rtl ? m.x : m.x + m.w;
  const mid = l.y + lh / 2 - 1;
  const text = { type: 'text', x: l.x, size: 12, ...sideAnchor(l.lines[0] ?? '', rtl ? 'right' : 'left') } as const;
  const lines = l.lines.map((line, k): Mark => ({ ...text, key: `line-${k}`, y: l.y + (lh - 3) + k * lh, text: line }));
  const last = l.y + (lh - 3) + (l.lines.length - 1) * lh;
  if (l.subtitle)
    lines.push({ ...text, key: 'sub', y: last + lh - 2, text: l.subtitle, size: 11, fill: 'var(--pl-muted)' });
  const leader: Mark = {
    type: 'path',
    key: 'leader',
    d: `M${edge},${m.center}L${rtl ? l.x + 6 : l.x - 6},${mid}L${rtl ? l.x + 2 : l.x - 2},${mid}`,
    fill: 'none',
    stroke: 'var(--pl-border)',
  };
  return { type: 'group', key: m.id, children: [leader, ...lines] };
}

/** The titles of the vertical timeline with their leaders. */
export function verticalLabelMarks(layout: VerticalLayout, rtl: boolean): Mark[] {
  return layout.marks.flatMap((m) => verticalLabel(m, layout.lineHeight, rtl) ?? []);
}
