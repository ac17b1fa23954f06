import type { LaneLayout, TimelineItem } from '@parklinks/core/timeline';
import {
  alignText,
  type EventLook,
  eventGeometry,
  eventLook,
  eventLooks,
  eventName,
  eventStroke,
  LANE_INSET,
  laneBackgroundMarks,
  laneLabelMarks,
  laneName,
  laneNameY,
} from '@parklinks/core/timeline';
import { memo, type ReactElement } from 'react';
import { lookStyle } from './Mark.js';
import { TextMarks } from './TextMarks.js';

export type LaneLayerProps = {
  layout: LaneLayout;
  /** Events in keyboard order; marks refer to them by index. */
  items: readonly TimelineItem[];
  indexOf: ReadonlyMap<string, number>;
  laneLabels: ReadonlyMap<string, string>;
  /** Full width of the drawing (lane backgrounds span it) and the plot's left offset. */
  width: number;
  left: number;
  rtl: boolean;
  idPrefix: string;
  /** x of each time-axis tick inside the plot, for grid lines. */
  gridXs: readonly number[];
  /** The marks are drawn on a canvas (`MarksCanvas`): this layer draws the lanes and labels only. */
  canvas?: boolean;
};

/**
 * The static layer: lane bands with their names and counts, every mark and the labels that fit, from the
 * scene's pieces (`laneBackgroundMarks`, `laneNameY`, `eventGeometry`, `eventStroke`, `laneLabelMarks`).
 * Memoised — hover, focus and selection draw in a separate overlay, so moving the pointer over
 * 10,000 events re-renders none of these.
 */
export const LaneLayer = memo(function LaneLayer({
  layout,
  items,
  indexOf,
  laneLabels,
  width,
  left,
  rtl,
  idPrefix,
  gridXs,
  canvas = false,
}: LaneLayerProps) {
  // One pass over the marks, each into the group of its look: a bare element with its geometry and name (colours
  // and stroke width are the group's: one row height, so one stroke per look — 10,000 attributes fewer; the rare
  // reported date keeps its dash on itself).
  const byLook: Record<EventLook, ReactElement[]> = { band: [], solid: [], hollow: [] };
  const byId = new Map<string, TimelineItem>();
  const { pointSize } = layout;
  for (const m of layout.marks) {
    const i = indexOf.get(m.id) ?? -1;
    const it = items[i];
    if (!it) continue;
    byId.set(m.id, it);
    if (canvas) continue;
    const reported = it.basis === 'reported';
    const g = eventGeometry({ shape: m.shape, a0: m.a0, a1: m.a1, center: m.center, b0: m.y, size: m.h, pointSize });
    const id = `${idPrefix}-${i}`;
    const label = eventName(it);
    const dash = reported ? eventStroke(m.shape, true, m.h).dash : undefined;
    byLook[eventLook(m.shape, reported)].push(
      g.kind === 'circle' ? (
        // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an SVG shape is not interactive; role="img" lets its aria-label name the event
        <circle
          key={m.id}
          id={id}
          data-i={i}
          role="img"
          aria-label={label}
          strokeDasharray={dash}
          cx={g.cx}
          cy={g.cy}
          r={g.r}
        />
      ) : (
        // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an SVG shape is not interactive; role="img" lets its aria-label name the event
        <rect
          key={m.id}
          id={id}
          data-i={i}
          role="img"
          aria-label={label}
          strokeDasharray={dash}
          x={g.x}
          y={g.y}
          width={g.width}
          height={g.height}
          rx={m.shape === 'bar' ? 1.5 : 0}
        />
      ),
    );
  }
  const stroke = (look: EventLook) =>
    eventStroke(look === 'band' ? 'band' : 'point', look === 'hollow', layout.rowHeight);
  return (
    <g>
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> without tabindex is not focusable */}
      <g aria-hidden="true">
        <TextMarks marks={laneBackgroundMarks(layout, width, left, gridXs)} />
      </g>
      {layout.lanes.map((lane) => {
        const name = laneName(laneLabels.get(lane.key) ?? lane.key);
        return (
          <text
            key={lane.key}
            x={rtl ? width - LANE_INSET : LANE_INSET}
            y={laneNameY(lane.y, layout.rowHeight)}
            {...alignText(name, rtl ? 'right' : 'left')}
            fontSize={12}
            fontWeight={600}
            style={{ fill: 'var(--pl-fg)' }}
          >
            {name}
            <tspan fontWeight={400} style={{ fill: 'var(--pl-muted)' }}>
              {' '}
              · {lane.count}
            </tspan>
          </text>
        );
      })}
      <g transform={`translate(${left},0)`}>
        {eventLooks.map((look) => (
          <g key={look} style={lookStyle(look)} strokeWidth={stroke(look).strokeWidth}>
            {byLook[look]}
          </g>
        ))}
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> without tabindex is not focusable */}
        <g aria-hidden="true" fontSize={12} style={{ fill: 'var(--pl-fg)', pointerEvents: 'none' }}>
          <TextMarks marks={laneLabelMarks(layout, byId)} />
        </g>
      </g>
    </g>
  );
});
