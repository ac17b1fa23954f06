import type { LaneLayout, TimelineItem } from '@parklinks/core/timeline';
import {
  alignText,
  type EventLook,
  eventLook,
  eventLooks,
  LANE_INSET,
  laneBackgroundMarks,
  laneLabelMarks,
  laneName,
  laneNameY,
} from '@parklinks/core/timeline';
import { memo, type ReactElement } from 'react';
import { lookStyle, Mark } from './Mark.js';
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
};

/**
 * The static layer: lane bands with their names and counts, every mark and the labels that fit, from the
 * scene's pieces (`laneBackgroundMarks`, `laneNameY`, `eventGeometry` through `Mark`, `laneLabelMarks`).
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
}: LaneLayerProps) {
  // One pass over the marks, each into the group of its look.
  const byLook: Record<EventLook, ReactElement[]> = { band: [], solid: [], hollow: [] };
  const byId = new Map<string, TimelineItem>();
  for (const m of layout.marks) {
    const i = indexOf.get(m.id) ?? -1;
    const it = items[i];
    if (!it) continue;
    byId.set(m.id, it);
    const reported = it.basis === 'reported';
    byLook[eventLook(m.shape, reported)].push(
      <Mark
        key={m.id}
        bare
        id={`${idPrefix}-${i}`}
        index={i}
        label={`${it.title}, ${it.dateText}: ${it.parties}`}
        shape={m.shape}
        a0={m.a0}
        a1={m.a1}
        center={m.center}
        b0={m.y}
        size={m.h}
        reported={reported}
        pointSize={layout.pointSize}
      />,
    );
  }
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
          <g key={look} style={lookStyle(look)}>
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
