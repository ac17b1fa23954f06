import {
  identityZoom,
  isRtl,
  parseSelection,
  resolveLocale,
  type SceneView,
  summarySentence,
  uiMessages,
} from '@parklinks/core';
import type { LaneBy, TimeRange } from '@parklinks/core/timeline';
import {
  buildTimelineModel,
  selectedEvents,
  shownEvents,
  timelineItems,
  timelineMessages,
} from '@parklinks/core/timeline';
import { indexDataset, summarize } from '@parklinks/data';
import { useMemo } from 'react';
import { ChartFrame } from '../shared/ChartFrame.js';
import { chartSize, useContainerSize, useControllableState } from '../shared/hooks.js';
import { type SceneChildren, SceneOverlay } from '../shared/SceneOverlay.js';
import type { BaseChartProps } from '../shared/types.js';
import { useChartData } from '../shared/useChartData.js';
import { TimelineBody } from './TimelineBody.js';
import { TimelineLegend } from './TimelineLegend.js';
import { useTimelineGeometry } from './useTimelineGeometry.js';

/** Props of `PartnershipTimeline`: the shared chart props plus lanes and the brushed range. */
export type PartnershipTimelineProps = BaseChartProps & {
  /**
   * Selected id (controlled), `null` for none: a partnership's id rings its event; an organization's id (as the
   * map and the network take) rings every event it is a party to and fades the rest of the plot. Prefixed ids
   * (`org:zgc-group`) work too. Default: uncontrolled.
   */
  selectedId?: string | null;
  /** What each lane groups: the partner country, the kind of agreement, or the Chinese party. Default `'country'`. */
  laneBy?: LaneBy;
  /** Brushed date range `[startMs, endMs]` (UTC ms), controlled; `null` shows all dates. Default: uncontrolled. */
  range?: TimeRange | null;
  /** Initial range when uncontrolled. Default `null` (all dates). */
  defaultRange?: TimeRange | null;
  /** Called with the new range when the reader brushes one, or `null` when cleared. */
  onRangeChange?: (range: TimeRange | null) => void;
  /**
   * Draw your own marks over the timeline: a function of where its events stand (`SceneView`: each
   * partnership's accessible name and the position of its mark, or of its chip in the undated tray) returning
   * SVG elements. Default: none.
   */
  children?: SceneChildren;
};

/**
 * Partnerships on a time axis, as precise as their dates: a day is a point, a month a short bar, a
 * year a band; a date known only from a report is hollow and dashed; undated partnerships wait in a
 * "date unknown" tray. Lanes group them; the overview brush filters a range; below 480 px wide the
 * timeline turns vertical for phones. One tab stop, arrow keys in time order.
 */
export function PartnershipTimeline(props: PartnershipTimelineProps) {
  const { theme = 'light', laneBy = 'country' } = props;
  const locale = resolveLocale(props.locale);
  const rtl = isRtl(locale);
  const m = timelineMessages(locale);
  const { data, issues } = useChartData(props.data, props.filter);
  const model = useMemo(() => buildTimelineModel(data, laneBy, locale), [data, laneBy, locale]);
  const [range, setRange] = useControllableState<TimeRange | null>(
    props.range,
    props.defaultRange ?? null,
    props.onRangeChange,
  );
  const [selectedId, setSelected] = useControllableState<string | null>(
    props.selectedId,
    props.defaultSelectedId ?? null,
    props.onSelect,
  );
  // Shown: dated events overlapping the range (all without one); undated ones only without a range.
  const r0 = range?.[0];
  const r1 = range?.[1];
  const order = useMemo(
    () => shownEvents(model.items, r0 !== undefined && r1 !== undefined ? [r0, r1] : null),
    [model, r0, r1],
  );
  const indexOf = useMemo(() => new Map(order.map((e, i) => [e.id, i])), [order]);
  // An organization's id selects every event it is a party to (rung, the rest of the plot faded), as the map
  // and the network highlight an organization; a partnership's id selects its event.
  const orgEvents = useMemo(() => {
    // A lookup, not a scan: a selection must not cost a pass over 100,000 events.
    const s = parseSelection(selectedId, (id) => indexDataset(data).partnerships.has(id));
    const ids = s?.type === 'organization' ? selectedEvents(order, s) : null;
    return ids?.size ? ids : null;
  }, [selectedId, data, order]);
  const undatedOffset = useMemo(() => order.findIndex((e) => e.start === null), [order]);
  const centers = useMemo(
    () => model.items.flatMap((e) => (e.start === null || e.end === null ? [] : [(e.start + e.end) / 2])),
    [model],
  );
  const laneLabels = useMemo(() => new Map(model.lanes.map((l) => [l.key, l.label])), [model]);
  const shownData = useMemo(() => ({ ...data, partnerships: order.map((e) => e.partnership) }), [data, order]);

  const size = useContainerSize(props.width, props.height, { fallbackWidth: 960 });
  const geo = useTimelineGeometry({
    model,
    shown: order,
    width: size.width,
    height: chartSize(props.height),
    range,
    rtl,
  });
  // Where the events stand, for a `children` function (built only when one is given).
  const renderView = props.children;
  const view = useMemo<SceneView | null>(
    () =>
      renderView && data.partnerships.length
        ? {
            chart: 'timeline',
            width: size.width,
            height: geo.height,
            locale,
            dir: rtl ? 'rtl' : 'ltr',
            zoom: identityZoom,
            items: timelineItems(geo, order),
          }
        : null,
    [renderView, data, size.width, geo, locale, rtl, order],
  );
  // Without a range every partnership is shown: the model counted the summary's figures in its pass.
  const ranged = r0 !== undefined && r1 !== undefined;
  const s = useMemo(() => (ranged ? summarize(shownData) : model.summary), [ranged, shownData, model]);
  const summary = `${summarySentence(s, locale)}${s.undated ? ` ${m.undatedCount(s.undated)}.` : ''}`;
  const title = props.title ?? m.title;
  return (
    <div ref={size.ref} style={{ width: chartSize(props.width) ?? '100%', maxWidth: '100%' }}>
      <ChartFrame
        title={title}
        summary={summary}
        locale={locale}
        theme={theme}
        width={size.width}
        height={data.partnerships.length ? geo.height : 160}
        issues={issues}
        data={shownData}
        selectedPartnershipId={orgEvents ? null : selectedId}
        empty={data.partnerships.length === 0}
        className={props.className}
        legend={geo.bounds ? <TimelineLegend messages={m} label={uiMessages(locale).legend} /> : undefined}
      >
        {() => (
          <>
            <TimelineBody
              geo={geo}
              width={size.width}
              order={order}
              indexOf={indexOf}
              undatedOffset={undatedOffset < 0 ? order.length : undatedOffset}
              centers={centers}
              laneLabels={laneLabels}
              showLaneInTooltip={laneBy !== 'kind'}
              data={data}
              locale={locale}
              rtl={rtl}
              messages={m}
              title={title}
              selectedId={selectedId}
              orgEvents={orgEvents}
              onSelect={setSelected}
              range={range}
              onRange={setRange}
            />
            <SceneOverlay view={view}>{renderView}</SceneOverlay>
          </>
        )}
      </ChartFrame>
    </div>
  );
}
