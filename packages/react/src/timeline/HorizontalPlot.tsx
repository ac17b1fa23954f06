import type { LaneLayout, TimelineItem } from '@parklinks/core/timeline';
import {
  AXIS_H,
  axisTicks,
  DIMMED,
  eventGeometry,
  eventName,
  laneMark,
  laneMarkGeometry,
  laneMarkIndex,
  markAt,
} from '@parklinks/core/timeline';
import { useEffect, useMemo, useRef } from 'react';
import { useClientRender } from '../shared/CanvasLayer.js';
import { useWhenIdle } from '../shared/hooks.js';
import { Highlight } from './Highlight.js';
import { LaneLayer } from './LaneLayer.js';
import { Mark } from './Mark.js';
import { MarksCanvas } from './MarksCanvas.js';

import { type HoverStore, type Ring, useRings } from './rings.js';
import { TimeAxis } from './TimeAxis.js';
import { usePanZoom } from './usePanZoom.js';
import type { TimelineGeometry } from './useTimelineGeometry.js';

export type HorizontalPlotProps = {
  geo: TimelineGeometry;
  width: number;
  items: readonly TimelineItem[];
  indexOf: ReadonlyMap<string, number>;
  laneLabels: ReadonlyMap<string, string>;
  rtl: boolean;
  locale: string;
  idPrefix: string;
  /** Marks to ring for keyboard focus and selection (ids); the hovered one comes from `hover`. */
  rings: readonly Ring[];
  hover: HoverStore;
  /** Fade the lanes (an organization is selected): its events are drawn again over them with their rings. */
  dimmed?: boolean;
  /** The keyboard's active event (index in `items`): the one mark named in the DOM when marks go on a canvas. */
  active?: number | null;
};

/** Above this many marks, a browser draws them on a canvas (`MarksCanvas`); the server's HTML keeps SVG marks. */
export const CANVAS_MARKS_ABOVE = 5000;

/**
 * With the marks on a canvas, the keyboard's active event as the one named element (`aria-activedescendant`
 * points at it, and it is scrolled into view): unpainted, at its mark's place, not hit by the pointer.
 */
function ActiveMark({
  layout,
  item,
  index,
  id,
}: {
  layout: LaneLayout;
  item: TimelineItem;
  index: number;
  id: string;
}) {
  const m = laneMark(layout, item.id);
  if (!m) return null;
  const g = eventGeometry(laneMarkGeometry(m, layout.pointSize));
  const a = {
    id,
    'data-i': index,
    role: 'img',
    'aria-label': eventName(item),
    fill: 'none',
    pointerEvents: 'none',
  } as const;
  return g.kind === 'circle' ? (
    <circle {...a} cx={g.cx} cy={g.cy} r={g.r} />
  ) : (
    <rect {...a} x={g.x} y={g.y} width={g.width} height={g.height} />
  );
}

/**
 * The rings over the lanes: the only part of the plot a hover re-renders. They are drawn in their own
 * small SVG on top of the lanes', so adding one does not make the browser lay out and repaint the SVG
 * that holds every mark.
 */
export function LaneRings({
  layout,
  rings,
  hover,
  items,
  indexOf,
  width,
  left,
  dimmed,
}: {
  layout: LaneLayout;
  rings: readonly Ring[];
  hover: HoverStore;
  items: readonly TimelineItem[];
  indexOf: ReadonlyMap<string, number>;
  width: number;
  left: number;
  dimmed: boolean;
}) {
  const all = useRings(rings, hover, items);
  return (
    <svg
      aria-hidden="true"
      width={width}
      height={Math.max(layout.height, 1)}
      style={{
        position: 'absolute',
        top: 0,
        insetInlineStart: 0,
        display: 'block',
        pointerEvents: 'none',
        overflow: 'visible',
        // A layer of its own: a ring is rastered alone, not with the marks beneath it.
        willChange: 'transform',
      }}
    >
      <g transform={`translate(${left},0)`}>
        {all.map((r) => {
          const m = laneMark(layout, r.id);
          if (!m) return null;
          const g = { shape: m.shape, a0: m.a0, a1: m.a1, center: m.center, b0: m.y, size: m.h };
          const it = dimmed && r.kind === 'selected' ? items[indexOf.get(r.id) ?? -1] : undefined;
          return (
            <g key={`${r.kind}:${r.id}`}>
              {it ? <Mark {...g} reported={it.basis === 'reported'} pointSize={layout.pointSize} /> : null}
              <Highlight kind={r.kind} {...g} pointSize={layout.pointSize} />
            </g>
          );
        })}
      </g>
    </svg>
  );
}

/**
 * Time axis on top, then the lanes. Lanes taller than their room make the chart taller (the page
 * scrolls) rather than scrolling inside it: no scroll trap, and no scroll box that keyboard users
 * cannot reach.
 */
export function HorizontalPlot({
  geo,
  width,
  items,
  indexOf,
  laneLabels,
  rtl,
  locale,
  idPrefix,
  rings,
  hover,
  dimmed = false,
  active = null,
}: HorizontalPlotProps) {
  const { lanes, view, plotLeft, plotWidth } = geo;
  const canvas = useClientRender() && (lanes?.marks.length ?? 0) > CANVAS_MARKS_ABOVE;
  const panRef = useRef<HTMLDivElement | null>(null);
  usePanZoom(panRef, { view, base: geo.base, setView: geo.setView, plotLeft, plotWidth, rtl });
  const v0 = view?.[0];
  const v1 = view?.[1];
  // Stable between hovers, so the memoised lane layer does not re-render.
  const gridXs = useMemo(() => {
    if (v0 === undefined || v1 === undefined) return [];
    return axisTicks([v0, v1], plotWidth, rtl, locale).map((t) => t.x);
  }, [v0, v1, plotWidth, rtl, locale]);
  // Index the marks by id once they are drawn, so the first hover does not pay for it; with the marks on a canvas,
  // their rows too (what `markAt` searches), when the browser is idle.
  useEffect(() => {
    if (lanes) laneMarkIndex(lanes);
  }, [lanes]);
  useWhenIdle(useMemo(() => (lanes && canvas ? () => void markAt(lanes, -1, -1) : null), [lanes, canvas]));
  if (!lanes || !view) return null;
  return (
    <div ref={panRef} style={{ touchAction: 'pan-y', userSelect: 'none', WebkitUserSelect: 'none' }}>
      <svg width={width} height={AXIS_H} aria-hidden="true" style={{ display: 'block', overflow: 'visible' }}>
        <TimeAxis domain={view} width={plotWidth} left={plotLeft} height={AXIS_H} rtl={rtl} locale={locale} />
      </svg>
      <div style={{ height: geo.lanesHeight, position: 'relative' }} data-lanes={canvas ? '' : undefined}>
        {/* biome-ignore lint/a11y/noSvgWithoutTitle: a container of named marks inside role="application"; a <title> would add a hover tooltip */}
        <svg
          width={width}
          height={Math.max(lanes.height, 1)}
          style={dimmed ? { display: 'block', opacity: DIMMED } : { display: 'block' }}
        >
          <LaneLayer
            layout={lanes}
            items={items}
            indexOf={indexOf}
            laneLabels={laneLabels}
            width={width}
            left={plotLeft}
            rtl={rtl}
            idPrefix={idPrefix}
            gridXs={gridXs}
            canvas={canvas}
          />
          {canvas && active !== null && items[active] ? (
            <g transform={`translate(${plotLeft},0)`}>
              <ActiveMark layout={lanes} item={items[active]} index={active} id={`${idPrefix}-${active}`} />
            </g>
          ) : null}
        </svg>
        {canvas ? (
          <MarksCanvas
            layout={lanes}
            items={items}
            indexOf={indexOf}
            width={width}
            height={Math.max(lanes.height, 1)}
            left={plotLeft}
            style={{
              position: 'absolute',
              top: 0,
              insetInlineStart: 0,
              pointerEvents: 'none',
              ...(dimmed ? { opacity: DIMMED } : {}),
            }}
          />
        ) : null}
        <LaneRings
          layout={lanes}
          rings={rings}
          hover={hover}
          items={items}
          indexOf={indexOf}
          width={width}
          left={plotLeft}
          dimmed={dimmed}
        />
      </div>
    </div>
  );
}
