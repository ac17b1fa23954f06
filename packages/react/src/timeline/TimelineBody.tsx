import type { Dataset } from '@parklinks/data';
import { type MouseEvent, type PointerEvent, useEffect, useId, useRef, useState } from 'react';
import type { Locale } from '../shared/i18n.js';
import { TooltipCard } from '../shared/TooltipCard.js';
import { VisuallyHidden } from '../shared/VisuallyHidden.js';
import { ZoomControls } from '../shared/ZoomControls.js';
import { EventDetails } from './EventDetails.js';
import { HorizontalPlot } from './HorizontalPlot.js';
import { markAnchor } from './markAnchor.js';
import type { TimelineMessages } from './messages.js';
import { Overview } from './Overview.js';
import type { TimelineItem } from './prepareEvents.js';
import { RangeCaption } from './RangeCaption.js';
import { TrayLayer } from './TrayLayer.js';
import { OVERVIEW_H, type TimelineGeometry } from './useTimelineGeometry.js';
import { useTimelineKeys } from './useTimelineKeys.js';
import { VerticalPlot } from './VerticalPlot.js';
import type { TimeRange } from './zoomDomain.js';
import { zoomDomain } from './zoomDomain.js';

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
  onSelect: (id: string | null) => void;
  range: TimeRange | null;
  onRange: (r: TimeRange | null) => void;
};

/** The interactive chart: one tab stop over lanes (or the vertical list), tray, overview and tooltip. */
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
  const [hover, setHover] = useState<number | null>(null);
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

  const indexAt = (target: EventTarget) => {
    const el = (target as Element).closest?.('[data-i]');
    const i = el ? Number(el.getAttribute('data-i')) : Number.NaN;
    return Number.isInteger(i) && i >= 0 ? i : null;
  };
  const onPointerMove = (e: PointerEvent) => setHover(e.buttons ? null : indexAt(e.target));
  const onClick = (e: MouseEvent) => {
    const s = pointerStart.current;
    if (s && Math.hypot(e.clientX - s.x, e.clientY - s.y) > 4) return; // a drag that panned, not a click
    const i = indexAt(e.target);
    props.onSelect(i === null ? null : (order[i]?.id ?? null));
    if (i !== null) keys.setActive(i);
  };

  const rings: { id: string; kind: 'focus' | 'selected' | 'hover' }[] = [];
  const ring = (i: number | null, kind: 'focus' | 'selected' | 'hover') => {
    const id = i === null ? undefined : order[i]?.id;
    if (id && !rings.some((r) => r.id === id && r.kind !== 'hover')) rings.push({ id, kind });
  };
  if (keys.focused) ring(active, 'focus');
  ring(selectedIndex, 'selected');
  ring(hover, 'hover');

  const shownIndex = hover ?? (keys.focused ? active : null) ?? selectedIndex;
  const shown = shownIndex !== null ? order[shownIndex] : undefined;
  const anchor = shown ? markAnchor(geo, shown.id, shownIndex! - props.undatedOffset) : null;
  const pinned = shownIndex === selectedIndex && hover === null && !keys.focused;
  const activeItem = active !== null ? order[active] : undefined;
  const announce = activeItem
    ? `${activeItem.title}, ${activeItem.dateText}${activeItem.basis === 'reported' ? ` (${m.basis.reported})` : ''}, ${props.laneLabels.get(activeItem.lane) ?? ''} — ${active! + 1} / ${order.length}`
    : '';

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
        onPointerLeave={() => setHover(null)}
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
      {shown && anchor ? (
        <TooltipCard x={anchor.x} y={anchor.y} width={width} height={geo.height}>
          <div style={{ pointerEvents: pinned ? 'auto' : 'none' }}>
            <EventDetails
              item={shown}
              data={props.data}
              locale={locale}
              laneLabel={props.showLaneInTooltip ? (props.laneLabels.get(shown.lane) ?? '') : ''}
            />
          </div>
        </TooltipCard>
      ) : null}
    </div>
  );
}
