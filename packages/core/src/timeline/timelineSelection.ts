import type { Mark, SceneLayer, Selection } from '../scene/types.js';
import type { TimelineItem } from './buildTimelineModel.js';
import { ringMark } from './eventMarks.js';
import { laneGeometry } from './laneMarks.js';
import { AXIS_H, type TimelineLayout } from './layoutTimeline.js';
import { TRAY_HEADING } from './markAnchor.js';
import { CHIP_H } from './trayMarks.js';
import { verticalGeometry } from './verticalMarks.js';

/** Opacity of the events that are not the selected organization's. */
export const DIMMED = 0.28;

/**
 * Ids of the shown events a selection names: a partnership's own event, or every event of an organization (a
 * party to it). Empty for other selections and for ids that name nothing shown.
 */
export function selectedEvents(shown: readonly TimelineItem[], selection: Selection | null | undefined): Set<string> {
  if (selection?.type === 'partnership')
    return new Set(shown.some((it) => it.id === selection.id) ? [selection.id] : []);
  if (selection?.type !== 'organization') return new Set();
  const id = selection.id;
  return new Set(
    shown.filter((it) => it.partnership.parties.some((x) => 'org' in x && x.org === id)).map((it) => it.id),
  );
}

/** A ring (the selection's: solid, the text colour) around each of `ids` where it is drawn, in chart coordinates. */
export function selectionRings(
  layout: TimelineLayout,
  undated: readonly TimelineItem[],
  ids: ReadonlySet<string>,
): Mark[] {
  const rings: Mark[] = [];
  const plot = layout.vLayout ? verticalGeometry(layout.vLayout) : layout.lanes ? laneGeometry(layout.lanes) : [];
  const plotRings = plot.filter((g) => ids.has(g.id)).map((g) => ({ ...ringMark(g, 'selected'), key: g.id }));
  if (plotRings.length)
    rings.push(
      layout.vLayout
        ? { type: 'group', children: plotRings }
        : { type: 'group', transform: `translate(${layout.plotLeft},${AXIS_H})`, children: plotRings },
    );
  const pad = 1.5;
  for (const c of layout.tray?.chips ?? []) {
    const it = undated[c.index];
    if (!it || !ids.has(it.id)) continue;
    rings.push({
      type: 'rect',
      key: it.id,
      x: layout.trayLeft + c.x - pad,
      y: layout.trayTop + TRAY_HEADING + c.y - pad,
      width: c.w + 2 * pad,
      height: CHIP_H + 2 * pad,
      rx: 11 + pad,
      fill: 'none',
      stroke: 'var(--pl-fg)',
      strokeWidth: 2,
    });
  }
  return rings;
}

/** Unnamed copies of the marks of `ids` among `marks` (recursing into groups, which keep their transform). */
export function marksOf(marks: readonly Mark[], ids: ReadonlySet<string>): Mark[] {
  return marks.flatMap((m): Mark[] => {
    if (m.key !== undefined && ids.has(m.key)) return [{ ...m, name: undefined }];
    if (m.type !== 'group') return [];
    const children = marksOf(m.children, ids);
    return children.length ? [{ ...m, children }] : [];
  });
}

// The plot's layers: faded as a whole under an organization's events (the React chart fades their SVG, which
// the compositor does without repainting), the undated tray and the axis stay as they are.
const faded = new Set(['lanes', 'events', 'labels']);

/**
 * The layers with a selection applied, as the interactive chart draws it at rest: the selected events ringed
 * on a layer of their own; for an organization, the plot faded to `DIMMED` under that layer, which draws the
 * organization's events again at full strength.
 */
export function applySelection(
  layers: SceneLayer[],
  layout: TimelineLayout,
  shown: readonly TimelineItem[],
  selection: Selection | null | undefined,
): SceneLayer[] {
  const ids = selectedEvents(shown, selection);
  if (ids.size === 0) return layers;
  const rings = selectionRings(
    layout,
    shown.filter((it) => it.start === null),
    ids,
  );
  if (selection?.type !== 'organization') return [...layers, { id: 'highlight', marks: rings }];
  const events = marksOf(layers.find((l) => l.id === 'events')?.marks ?? [], ids);
  const dim = (l: SceneLayer): SceneLayer =>
    faded.has(l.id) ? { ...l, marks: l.marks.map((m) => ({ ...m, opacity: DIMMED })) } : l;
  return [...layers.map(dim), { id: 'highlight', marks: [...events, ...rings] }];
}
