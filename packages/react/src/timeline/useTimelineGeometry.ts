import type { TimelineItem, TimelineLane } from '@parklinks/core/timeline';
import {
  clampDomain,
  type LaneEvent,
  type LaneLayout,
  laneNameEnd,
  layoutLanes,
  layoutTray,
  layoutVertical,
  type TimeRange,
  type TrayLayout,
  timeBounds,
  trayHeight,
  type VerticalLayout,
} from '@parklinks/core/timeline';
import { useMemo, useState } from 'react';

export const AXIS_H = 24;
export const OVERVIEW_H = 44;
export const CAPTION_H = 30;
/** Room kept at the inline end of the lanes for the zoom buttons, and at the start. */
export const GUTTER = 44;
export const PAD = 12;

export type TimelineGeometry = {
  vertical: boolean;
  /** Full time span of the data (all dated events, before the range). */
  bounds: TimeRange | null;
  /** Window the lanes show: the zoomed view inside the range (or inside `bounds`). */
  view: TimeRange | null;
  base: TimeRange | null;
  setView: (v: TimeRange | null) => void;
  plotLeft: number;
  plotWidth: number;
  lanes: LaneLayout | null;
  lanesHeight: number;
  vLayout: VerticalLayout | null;
  tray: TrayLayout | null;
  trayTop: number;
  trayLeft: number;
  captionTop: number;
  overviewTop: number;
  height: number;
};

type Input = {
  items: readonly TimelineItem[];
  /** Indexes (into `items`) of what is shown: dated events in the range, then undated ones (none while a range is set). */
  shown: readonly TimelineItem[];
  lanes: readonly TimelineLane[];
  width: number;
  height: number | undefined;
  range: TimeRange | null;
  rtl: boolean;
  trayFocus: number;
  subtitle: (id: string) => string;
};

const padRange = (r: TimeRange): TimeRange => {
  const pad = Math.round((r[1] - r[0]) * 0.02);
  return [r[0] - pad, r[1] + pad];
};

/** Sizes and layouts of every part of the timeline for one width, range and zoom. */
export function useTimelineGeometry({
  items,
  shown,
  lanes,
  width,
  height,
  range,
  rtl,
  trayFocus,
  subtitle,
}: Input): TimelineGeometry {
  const vertical = width < 480;
  const bounds = useMemo(() => timeBounds(items), [items]);
  // A brushed range fills the lanes, with 2% to spare on each side so edge marks and ticks show whole.
  const base = useMemo(() => (range ? padRange(range) : bounds), [range, bounds]);
  const [zoom, setZoom] = useState<{ base: TimeRange | null; view: TimeRange } | null>(null);
  // A zoom belongs to the range it was made in; a new range (or data) starts unzoomed.
  // The same array until the zoom or range changes, so the memoised axis and lanes keep their props.
  const view = useMemo(() => {
    const sameBase = zoom?.base && base && zoom.base[0] === base[0] && zoom.base[1] === base[1];
    return base && zoom && sameBase ? clampDomain(zoom.view, base) : base;
  }, [base, zoom]);
  const setView = (v: TimeRange | null) => setZoom(v ? { base, view: v } : null);

  const dated = useMemo(
    () =>
      shown
        .filter((e) => e.start !== null)
        .map(
          (e): LaneEvent => ({
            id: e.id,
            lane: e.lane,
            start: e.start!,
            end: e.end!,
            precision: e.precision as LaneEvent['precision'],
            label: e.title,
          }),
        ),
    [shown],
  );
  const undated = useMemo(() => shown.filter((e) => e.start === null).map((e) => e.title), [shown]);
  const anyDated = dated.length > 0;
  const plotLeft = rtl ? GUTTER : PAD;
  const plotWidth = Math.max(40, width - GUTTER - PAD);
  const tray = useMemo(
    () =>
      undated.length
        ? layoutTray(undated, vertical ? width - 2 * PAD : plotWidth, {
            rtl,
            focus: trayFocus,
            maxRows: vertical ? 4 : anyDated ? 3 : 8,
          })
        : null,
    [undated, vertical, width, plotWidth, rtl, trayFocus, anyDated],
  );
  const trayH = tray ? trayHeight(tray.rows) + 6 : 0;
  const captionH = range ? CAPTION_H : 0;
  const overviewH = !vertical && bounds ? OVERVIEW_H : 0;
  const axisH = !vertical && view && dated.length ? AXIS_H : 0;
  const autoHeight = height === undefined;
  const fixed = axisH + trayH + captionH + overviewH;
  const budget = Math.max(0, (height ?? Math.max(360, Math.round(width * 0.6))) - fixed);
  const laneKeys = useMemo(() => lanes.map((l) => l.key), [lanes]);
  // How far each lane's name ("Russia · 14") reaches into the plot, so marks keep clear of it.
  const laneSpans = useMemo(() => {
    const counts = new Map<string, number>();
    for (const e of dated) counts.set(e.lane, (counts.get(e.lane) ?? 0) + 1);
    return new Map(lanes.map((l) => [l.key, laneNameEnd(l.label, counts.get(l.key) ?? 0) - PAD]));
  }, [lanes, dated]);

  const lanesLayout = useMemo(() => {
    if (vertical || !view || !dated.length) return null;
    const span = view[1] - view[0];
    const scale = (ms: number) => ((rtl ? view[1] - ms : ms - view[0]) / span) * plotWidth;
    return layoutLanes(dated, {
      scale,
      width: plotWidth,
      height: Math.max(120, budget),
      // Without a fixed height the chart may grow (up to 1.6×) to keep rows tall enough for titles.
      maxHeight: Math.max(120, autoHeight ? budget * 1.6 : budget),
      lanes: laneKeys,
      rtl,
      laneLabelSpan: (k) => laneSpans.get(k) ?? 0,
    });
  }, [vertical, view?.[0], view?.[1], dated, plotWidth, budget, autoHeight, laneKeys, rtl, laneSpans]);
  const vLayout = useMemo(
    () => (vertical && view && dated.length ? layoutVertical(dated, { domain: view, width, rtl, subtitle }) : null),
    [vertical, view?.[0], view?.[1], dated, width, rtl, subtitle],
  );
  // Lanes never scroll inside the chart: past their room (dense data) the chart grows and the page scrolls.
  const lanesHeight = lanesLayout ? (autoHeight ? lanesLayout.height : Math.max(budget, lanesLayout.height)) : 0;
  const top = axisH + (vLayout ? vLayout.height : lanesHeight);
  return {
    vertical,
    bounds,
    view,
    base,
    setView,
    plotLeft,
    plotWidth,
    lanes: lanesLayout,
    lanesHeight,
    vLayout,
    tray,
    trayTop: top + 6,
    trayLeft: vertical ? PAD : plotLeft,
    captionTop: top + trayH,
    overviewTop: top + trayH + captionH,
    height: vertical ? top + trayH + captionH : Math.max(height ?? 0, top + trayH + captionH + overviewH),
  };
}
