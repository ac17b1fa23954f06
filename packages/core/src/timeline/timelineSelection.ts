import type { Mark, SceneLayer, Selection } from '../scene/types.js';
import { ringMark } from './eventMarks.js';
import { laneGeometry } from './laneMarks.js';
import { AXIS_H, type TimelineLayout } from './layoutTimeline.js';
import { TRAY_HEADING } from './markAnchor.js';
import type { TimelineItem } from './prepareEvents.js';
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

/** `marks` with every event mark, title and chip not in `keep` faded to `DIMMED` (`isEvent` tells which keys are events). */
export function dimOthers(
  marks: readonly Mark[],
  keep: ReadonlySet<string>,
  isEvent: (key: string) => boolean,
): Mark[] {
  return marks.map((m) => {
    if (m.key !== undefined && isEvent(m.key)) return keep.has(m.key) ? m : { ...m, opacity: DIMMED };
    return m.type === 'group' ? { ...m, children: dimOthers(m.children, keep, isEvent) } : m;
  });
}

/**
 * The layers with a selection applied, as the interactive chart draws it at rest: the selected events ringed
 * on a layer of their own; for an organization, the other events (marks, titles, chips) faded.
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
  let out = layers;
  if (selection?.type === 'organization') {
    const all = new Set(shown.map((it) => it.id));
    const faded = new Set(['events', 'labels', 'tray']);
    out = layers.map((l) => (faded.has(l.id) ? { ...l, marks: dimOthers(l.marks, ids, (k) => all.has(k)) } : l));
  }
  return [...out, { id: 'highlight', marks: rings }];
}
