import type { Locale } from '@parklinks/core';
import type { TimelineItem, TimelineMessages, TimeRange } from '@parklinks/core/timeline';
import { markAt, OVERVIEW_H, zoomDomain } from '@parklinks/core/timeline';
import type { Dataset } from '@parklinks/data';
import { type MouseEvent, type PointerEvent, useEffect, useId, useMemo, useRef } from 'react';
import { Rehearsal } from '../shared/Rehearsal.js';
import { VisuallyHidden } from '../shared/VisuallyHidden.js';
import { useValueStore } from '../shared/valueStore.js';
import { ZoomControls } from '../shared/ZoomControls.js';
import { HorizontalPlot, LaneRings } from './HorizontalPlot.js';
import { Overview } from './Overview.js';
import { RangeCaption } from './RangeCaption.js';
import type { Ring } from './rings.js';
import { TimelineTooltip } from './TimelineTooltip.js';
import { TrayLayer } from './TrayLayer.js';
import type { TimelineGeometry } from './useTimelineGeometry.js';
import { useTimelineKeys } from './useTimelineKeys.js';
import { VerticalPlot } from './VerticalPlot.js';

export type TimelineBodyProps = {
  geo: TimelineGeometry;
  width: number;
  /** Shown events in keyboard order: dated by time, then undated. */
  order: readonly TimelineItem[];
  indexOf: ReadonlyMap<string, number>;
  undatedOffset: number;
  centers: readonly number[];
  laneLabels: ReadonlyMap<string, string>;
  showLaneInTooltip: boolean;
  data: Dataset;
  locale: Locale;
  rtl: boolean;
  messages: TimelineMessages;
  title: string;
  selectedId: string | null;
  /** Events of the selected organization (ringed, the rest of the plot faded), or null. */
  orgEvents: ReadonlySet<string> | null;
  onSelect: (id: string | null) => void;
  range: TimeRange | null;
  onRange: (r: TimeRange | null) => void;
};

const noRings: readonly Ring[] = [];

/**
 * The interactive chart: one tab stop over lanes (or the vertical list), tray, overview and tooltip.
 * The hovered event lives in a store read only by the ring overlays and the tooltip, so moving the
 * pointer never re-renders this component, the axis, the lanes or the overview.
 */
export function TimelineBody(props: TimelineBodyProps) {
  const { geo, width, order, indexOf, locale, rtl, messages: m } = props;
  const idPrefix = `pl-tl${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const selectedIndex = props.selectedId !== null ? (indexOf.get(props.selectedId) ?? null) : null;
  const keys = useTimelineKeys({
    order,
    indexOf,
    geo,
    rtl,
    selectedIndex,
    select: props.onSelect,
    range: props.range,
    setRange: props.onRange,
  });
  const hover = useValueStore<number | null>(null);
  // The first hover, rehearsed off the page at idle (`Rehearsal`) on the last dated event.
  const rehearsal = useValueStore<number | null>(null);
  const rehearsed = props.undatedOffset > 0 ? props.undatedOffset - 1 : undefined;
  const pointerStart = useRef<{ x: number; y: number } | null>(null);
  const rootRef = useRef<HTMLDivElement | null>(null);
  const active = keys.active;

  // Keep the keyboard-active mark in sight: inside the lanes' own scroll box, or on the page (phones).
  useEffect(() => {
    if (active === null || !keys.focused) return;
    // Look the mark up in our own root (a document or, in the embed, a shadow root).
    const root = rootRef.current?.getRootNode() as Document | ShadowRoot | undefined;
    const el = root?.getElementById ? root.getElementById(`${idPrefix}-${active}`) : null;
    if (el && 'scrollIntoView' in el) el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [active, keys.focused, idPrefix]);

  // The mark under the pointer: its element, or where the marks are on a canvas (`data-lanes`), the laid-out mark there.
  const indexAt = (e: { target: EventTarget; clientX: number; clientY: number }) => {
    const target = e.target as Element;
    const el = target.closest?.('[data-i]');
    const lanesEl = el ? null : target.closest?.('[data-lanes]');
    if (lanesEl && geo.lanes) {
      const box = lanesEl.getBoundingClientRect();
      const m = markAt(geo.lanes, e.clientX - box.left - geo.plotLeft, e.clientY - box.top);
      return m ? (indexOf.get(m.id) ?? null) : null;
    }
    const i = el ? Number(el.getAttribute('data-i')) : Number.NaN;
    return Number.isInteger(i) && i >= 0 ? i : null;
  };
  const onPointerMove = (e: PointerEvent) => hover.set(e.buttons ? null : indexAt(e));
  const onClick = (e: MouseEvent) => {
    const s = pointerStart.current;
    if (s && Math.hypot(e.clientX - s.x, e.clientY - s.y) > 4) return; // a drag that panned, not a click
    const i = indexAt(e);
    props.onSelect(i === null ? null : (order[i]?.id ?? null));
    if (i !== null) keys.setActive(i);
  };

  // Focus and selection rings (the hover ring is added by each overlay); the same array while they do not change.
  const focusIndex = keys.focused ? active : null;
  const focusId = focusIndex !== null ? order[focusIndex]?.id : undefined;
  const selectedRingId = selectedIndex !== null ? order[selectedIndex]?.id : undefined;
  const orgEvents = props.orgEvents;
  const rings = useMemo(() => {
    const r: Ring[] = [];
    if (focusId) r.push({ id: focusId, kind: 'focus' });
    if (selectedRingId && selectedRingId !== focusId) r.push({ id: selectedRingId, kind: 'selected' });
    for (const id of orgEvents ?? []) if (id !== focusId) r.push({ id, kind: 'selected' });
    return r;
  }, [focusId, selectedRingId, orgEvents]);
  const dimmed = orgEvents !== null;

  const activeItem = active !== null ? order[active] : undefined;
  const announce = activeItem
    ? `${activeItem.title}, ${activeItem.dateText}${activeItem.basis === 'reported' ? ` (${m.basis.reported})` : ''}, ${props.laneLabels.get(activeItem.lane) ?? ''} — ${active! + 1} / ${order.length}`
    : '';

  // What the tooltip shows besides the hover (the chart's and its rehearsal's, `Rehearsal`).
  const tooltip = {
    order,
    undatedOffset: props.undatedOffset,
    geo,
    width,
    data: props.data,
    locale,
    laneLabels: props.laneLabels,
    showLaneInTooltip: props.showLaneInTooltip,
  };
  return (
    <div
      ref={rootRef}
      role="application"
      aria-roledescription={m.roleDescription}
      aria-label={props.title}
      aria-describedby={`${idPrefix}-help`}
      aria-activedescendant={active !== null ? `${idPrefix}-${active}` : undefined}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: role="application" is the chart's single, interactive tab stop
      tabIndex={0}
      onKeyDown={keys.onKeyDown}
      onFocus={keys.onFocus}
      onBlur={keys.onBlur}
      style={{ position: 'relative', height: geo.height, outline: 'none' }}
    >
      <VisuallyHidden id={`${idPrefix}-help`}>{m.instructions}</VisuallyHidden>
      <VisuallyHidden live="polite">{announce}</VisuallyHidden>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: pointer shortcut; the tab stop above handles the same by keyboard */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: arrows + Enter on the tab stop above do what a click does */}
      <div
        onPointerMove={onPointerMove}
        onPointerLeave={() => hover.set(null)}
        onPointerDown={(e) => {
          pointerStart.current = { x: e.clientX, y: e.clientY };
        }}
        onClick={onClick}
      >
        {geo.vLayout && geo.view ? (
          <VerticalPlot
            layout={geo.vLayout}
            width={width}
            items={order}
            indexOf={indexOf}
            rtl={rtl}
            locale={locale}
            idPrefix={idPrefix}
            rings={rings}
            hover={hover}
            dimmed={dimmed}
          />
        ) : (
          <HorizontalPlot
            geo={geo}
            width={width}
            items={order}
            indexOf={indexOf}
            laneLabels={props.laneLabels}
            rtl={rtl}
            locale={locale}
            idPrefix={idPrefix}
            rings={rings}
            hover={hover}
            dimmed={dimmed}
            active={active}
          />
        )}
        {geo.tray ? (
          <TrayLayer
            geo={geo}
            width={width}
            order={order}
            offset={props.undatedOffset}
            rtl={rtl}
            idPrefix={idPrefix}
            messages={m}
            rings={rings}
            hover={hover}
          />
        ) : null}
      </div>
      {props.range ? (
        <RangeCaption
          top={geo.captionTop}
          range={props.range}
          locale={locale}
          messages={m}
          onClear={() => props.onRange(null)}
        />
      ) : null}
      {geo.bounds && !geo.vertical ? (
        <svg
          aria-hidden="true"
          width={width}
          height={OVERVIEW_H}
          style={{ position: 'absolute', top: geo.overviewTop, insetInlineStart: 0, display: 'block' }}
        >
          <Overview
            bounds={geo.bounds}
            centers={props.centers}
            width={geo.plotWidth}
            left={geo.plotLeft}
            height={OVERVIEW_H - 4}
            rtl={rtl}
            locale={locale}
            range={props.range}
            onRange={props.onRange}
          />
        </svg>
      ) : null}
      {geo.lanes && geo.view && geo.base ? (
        <ZoomControls
          locale={locale}
          onZoomIn={() => geo.setView(zoomDomain(geo.view!, 2, (geo.view![0] + geo.view![1]) / 2, geo.base!))}
          onZoomOut={() => geo.setView(zoomDomain(geo.view!, 0.5, (geo.view![0] + geo.view![1]) / 2, geo.base!))}
          onReset={() => geo.setView(null)}
        />
      ) : null}
      <Rehearsal store={rehearsal} value={rehearsed}>
        {geo.lanes ? (
          <LaneRings
            layout={geo.lanes}
            rings={noRings}
            hover={rehearsal}
            items={order}
            indexOf={indexOf}
            width={width}
            left={geo.plotLeft}
            dimmed={false}
          />
        ) : null}
        <TimelineTooltip hover={rehearsal} focusIndex={null} selectedIndex={null} {...tooltip} />
      </Rehearsal>
      <TimelineTooltip hover={hover} focusIndex={focusIndex} selectedIndex={selectedIndex} {...tooltip} />
    </div>
  );
}
