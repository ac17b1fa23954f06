import type { Mark, SceneLayer } from '../scene/types.js';
import { axisMarks, axisTicks, verticalAxisMarks } from './axisMarks.js';
import type { TimelineModel } from './buildTimelineModel.js';
import { laneBackgroundMarks, laneEventMarks, laneLabelMarks, laneNameMarks } from './laneMarks.js';
import { sideAnchor } from './laneName.js';
import { AXIS_H, OVERVIEW_H, PAD, type TimelineLayout } from './layoutTimeline.js';
import type { TimelineMessages } from './messages.js';
import { eventCenters, overviewMarks } from './overviewMarks.js';
import { trayMarks } from './trayMarks.js';
import { verticalEventMarks, verticalLabelMarks } from './verticalMarks.js';
import type { TimeRange } from './zoomDomain.js';

export type TimelineLayersInput = {
  model: TimelineModel;
  layout: TimelineLayout;
  /** The events shown, in keyboard order (dated, then undated). */
  shown: TimelineModel['items'];
  width: number;
  rtl: boolean;
  locale: string;
  messages: TimelineMessages;
  range: TimeRange | null;
};

const moved = (x: number, y: number, children: Mark[]): Mark[] =>
  children.length ? [{ type: 'group', transform: `translate(${x},${y})`, children }] : [];

/** The lanes (axis, bands and names, events, titles) or the vertical timeline (axis, titles, events). */
function plotLayers(p: TimelineLayersInput, byId: Map<string, TimelineModel['items'][number]>): SceneLayer[] {
  const { layout, width, rtl, locale } = p;
  if (layout.vLayout)
    return [
      { id: 'axis', marks: verticalAxisMarks(layout.vLayout, rtl, locale) },
      { id: 'labels', marks: verticalLabelMarks(layout.vLayout, rtl) },
      { id: 'events', marks: verticalEventMarks(layout.vLayout, byId) },
    ];
  const { lanes, view, plotLeft, plotWidth } = layout;
  if (!lanes || !view) return [];
  const gridXs = axisTicks(view, plotWidth, rtl, locale).map((t) => t.x);
  const labels = new Map(p.model.lanes.map((l) => [l.key, l.label]));
  return [
    { id: 'axis', marks: axisMarks(view, { width: plotWidth, left: plotLeft, height: AXIS_H, rtl, locale }) },
    {
      id: 'lanes',
      marks: moved(0, AXIS_H, [
        ...laneBackgroundMarks(lanes, width, plotLeft, gridXs),
        ...laneNameMarks(lanes, labels, width, rtl),
      ]),
    },
    { id: 'events', marks: moved(plotLeft, AXIS_H, laneEventMarks(lanes, byId)) },
    { id: 'labels', marks: moved(plotLeft, AXIS_H, laneLabelMarks(lanes, byId)) },
  ];
}

/** Every static layer of the timeline, top to bottom of the chart: the plot, the undated tray, the range caption and the overview. */
export function timelineLayers(p: TimelineLayersInput): SceneLayer[] {
  const { layout, width, rtl, messages: m } = p;
  const byId = new Map(p.shown.map((it) => [it.id, it]));
  const layers = plotLayers(p, byId);
  if (layout.tray) {
    const undated = p.shown.filter((it) => it.start === null);
    const tray = trayMarks(layout.tray, undated, {
      width: layout.trayWidth,
      rtl,
      heading: m.dateUnknown,
      more: m.more(layout.tray.hidden),
    });
    layers.push({ id: 'tray', marks: moved(layout.trayLeft, layout.trayTop, tray) });
  }
  if (p.range) {
    const fmt = new Intl.DateTimeFormat(p.locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
    const text = m.showing(fmt.format(p.range[0]), fmt.format(p.range[1]));
    const at = sideAnchor(text, rtl ? 'right' : 'left');
    const caption: Mark = {
      type: 'text',
      x: rtl ? width - PAD : PAD,
      y: layout.captionTop + 18,
      text,
      size: 12,
      ...at,
    };
    layers.push({ id: 'caption', marks: [caption] });
  }
  if (layout.bounds && !layout.vertical) {
    const overview = overviewMarks(layout.bounds, eventCenters(p.model.items), {
      width: layout.plotWidth,
      height: OVERVIEW_H - 4,
      rtl,
      locale: p.locale,
      range: p.range,
    });
    layers.push({ id: 'overview', marks: moved(layout.plotLeft, layout.overviewTop, overview) });
  }
  return layers;
}
