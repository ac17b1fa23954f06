import { runSteps, type Steps } from '../shared/steps.js';
import type { TimelineItem, TimelineLane } from './buildTimelineModel.js';
import { laneNameEnd } from './laneName.js';
import { type LaneEvent, type LaneLayout, layoutLanes } from './layoutLanes.js';
import { layoutTray, type TrayLayout, trayHeight } from './layoutTray.js';
import { layoutVertical, type VerticalLayout, type VerticalText, verticalTexts } from './layoutVertical.js';
import { shownEvents } from './shownEvents.js';
import { clampDomain, type TimeRange, timeBounds } from './zoomDomain.js';

/** Height of the time axis above the lanes, of the overview strip, and of the range caption, in px. */
export const AXIS_H = 24;
export const OVERVIEW_H = 44;
export const CAPTION_H = 30;
/** Room kept at the inline end of the lanes for the zoom buttons, and at the start. */
export const GUTTER = 44;
export const PAD = 12;
/** Titles the phone layout wraps per step of `layoutTimelineSteps`. */
const TITLES_PER_STEP = 15;
/** Titles of the first such step (see layoutTimelineSteps). */
const FIRST_TITLES = 5;
/** Below this width the timeline turns vertical (time runs down the page). */
export const VERTICAL_BELOW = 480;

export type TimelineLayoutOptions = {
  /** Width of the chart in px. */
  width: number;
  /** Height in px; lanes fill it. Default: grows with the lanes (at least 360 px or 0.6 × width). */
  height?: number;
  /** Brushed range: only events overlapping it are shown, and the lanes fill it. Default: none (all dates). */
  range?: TimeRange | null;
  /** Zoomed window inside the range (or the data's span); kept inside it. Default: unzoomed. */
  view?: TimeRange | null;
  /** Time runs right to left. Default false. */
  rtl?: boolean;
  /** Keyboard position (among undated events) whose page the tray shows. Default 0. */
  trayFocus?: number;
  /** Second line under each title in the vertical layout, by event id. Default: the name of the event's lane. */
  subtitle?: (id: string) => string;
  /** The events shown, in keyboard order. Default: `shownEvents(model.items, range)`. */
  shown?: readonly TimelineItem[];
};

/** Sizes and layouts of every part of the timeline for one width, range and zoom. */
export type TimelineLayout = {
  vertical: boolean;
  /** Full time span of the data (all dated events, before the range). */
  bounds: TimeRange | null;
  /** Window the lanes show: the zoomed view inside the range (or inside `bounds`). */
  view: TimeRange | null;
  /** What zooming out returns to: the range with 2% to spare each side, or `bounds`. */
  base: TimeRange | null;
  plotLeft: number;
  plotWidth: number;
  lanes: LaneLayout | null;
  lanesHeight: number;
  vLayout: VerticalLayout | null;
  tray: TrayLayout | null;
  trayTop: number;
  trayLeft: number;
  trayWidth: number;
  captionTop: number;
  overviewTop: number;
  height: number;
};

/** A brushed range with 2% to spare on each side, so edge marks and ticks show whole. */
export const padRange = (r: TimeRange): TimeRange => {
  const pad = Math.round((r[1] - r[0]) * 0.02);
  return [r[0] - pad, r[1] + pad];
};

const laneEvent = (e: TimelineItem): LaneEvent => ({
  id: e.id,
  lane: e.lane,
  start: e.start!,
  end: e.end!,
  precision: e.precision as LaneEvent['precision'],
  label: e.title,
});

/** The name of each event's lane, by event id. */
function laneSubtitle(model: { items: readonly TimelineItem[]; lanes: readonly TimelineLane[] }) {
  const labels = new Map(model.lanes.map((l) => [l.key, l.label]));
  const laneOfId = new Map(model.items.map((e) => [e.id, e.lane]));
  return (id: string) => labels.get(laneOfId.get(id) ?? '') ?? '';
}

/** How far each lane's name ("Russia · 14") reaches into the plot, so marks keep clear of it. */
function laneSpans(lanes: readonly TimelineLane[], dated: readonly LaneEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of dated) counts.set(e.lane, (counts.get(e.lane) ?? 0) + 1);
  return new Map(lanes.map((l) => [l.key, laneNameEnd(l.label, counts.get(l.key) ?? 0) - PAD]));
}

/**
 * The timeline laid out for one width, range and zoom: the horizontal lanes (or, below 480 px, the vertical
 * phone layout), the undated tray under them, and the tops of the range caption and the overview strip.
 */
export function layoutTimeline(
  model: { items: readonly TimelineItem[]; lanes: readonly TimelineLane[] },
  o: TimelineLayoutOptions,
): TimelineLayout {
  return runSteps(layoutTimelineSteps(model, o));
}

/** `layoutTimeline` in steps: the phone layout's titles are wrapped in a step of their own (see `Steps`). */
export function* layoutTimelineSteps(
  model: { items: readonly TimelineItem[]; lanes: readonly TimelineLane[] },
  o: TimelineLayoutOptions,
): Steps<TimelineLayout> {
  const { width, height, range = null, rtl = false } = o;
  const vertical = width < VERTICAL_BELOW;
  const bounds = timeBounds(model.items);
  const base = range ? padRange(range) : bounds;
  const view = base && o.view ? clampDomain(o.view, base) : base;
  const shown = o.shown ?? shownEvents(model.items, range);
  const dated = shown.filter((e) => e.start !== null).map(laneEvent);
  const undated = shown.filter((e) => e.start === null).map((e) => e.title);
  const plotLeft = rtl ? GUTTER : PAD;
  const plotWidth = Math.max(40, width - GUTTER - PAD);
  const trayWidth = vertical ? width - 2 * PAD : plotWidth;
  const tray = undated.length
    ? layoutTray(undated, trayWidth, {
        rtl,
        focus: o.trayFocus ?? 0,
        maxRows: vertical ? 4 : dated.length ? 3 : 8,
      })
    : null;
  const trayH = tray ? trayHeight(tray.rows) + 6 : 0;
  const captionH = range ? CAPTION_H : 0;
  const overviewH = !vertical && bounds ? OVERVIEW_H : 0;
  const axisH = !vertical && view && dated.length ? AXIS_H : 0;
  const autoHeight = height === undefined;
  const budget = Math.max(0, (height ?? Math.max(360, Math.round(width * 0.6))) - axisH - trayH - captionH - overviewH);
  let lanes: LaneLayout | null = null;
  if (!vertical && view && dated.length) {
    const span = view[1] - view[0];
    const spans = laneSpans(model.lanes, dated);
    lanes = layoutLanes(dated, {
      scale: (ms) => ((rtl ? view[1] - ms : ms - view[0]) / span) * plotWidth,
      width: plotWidth,
      height: Math.max(120, budget),
      // Without a fixed height the chart may grow (up to 1.6×) to keep rows tall enough for titles.
      maxHeight: Math.max(120, autoHeight ? budget * 1.6 : budget),
      lanes: model.lanes.map((l) => l.key),
      rtl,
      laneLabelSpan: (k) => spans.get(k) ?? 0,
    });
  }
  let vLayout: VerticalLayout | null = null;
  if (vertical && view && dated.length) {
    const v = { domain: view, width, rtl, subtitle: o.subtitle ?? laneSubtitle(model) };
    // Wrapped a batch at a time: the first wrapping of a phone's titles is a long task on a slow phone.
    const texts = new Map<string, VerticalText>();
    // The first step wraps a third as many: its code runs cold (not yet compiled), several times slower a title.
    for (let i = 0, n = FIRST_TITLES; i < dated.length; i += n, n = TITLES_PER_STEP) {
      for (const [id, t] of verticalTexts(dated.slice(i, i + n), v)) texts.set(id, t);
      yield 'timeline:titles';
    }
    vLayout = layoutVertical(dated, { ...v, texts });
  }
  // Lanes never scroll inside the chart: past their room (dense data) the chart grows and the page scrolls.
  const lanesHeight = lanes ? (autoHeight ? lanes.height : Math.max(budget, lanes.height)) : 0;
  const top = axisH + (vLayout ? vLayout.height : lanesHeight);
  return {
    vertical,
    bounds,
    view,
    base,
    plotLeft,
    plotWidth,
    lanes,
    lanesHeight,
    vLayout,
    tray,
    trayTop: top + 6,
    trayLeft: vertical ? PAD : plotLeft,
    trayWidth,
    captionTop: top + trayH,
    overviewTop: top + trayH + captionH,
    height: vertical ? top + trayH + captionH : Math.max(height ?? 0, top + trayH + captionH + overviewH),
  };
}
