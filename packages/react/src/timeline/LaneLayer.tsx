import type { LaneLayout } from '@parklinks/core/timeline';
import { alignText, LANE_INSET, laneName } from '@parklinks/core/timeline';
import { memo, type ReactElement } from 'react';
import { lookStyle, Mark, type MarkLook, markLook } from './Mark.js';

// Bands first, so points and bars of the same row stay on top.
const looks: MarkLook[] = ['band', 'solid', 'hollow'];

import type { TimelineItem } from '@parklinks/core/timeline';

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
 * The static layer: lane bands with their names and counts, every mark and the labels that fit.
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
  const byLook: Record<MarkLook, ReactElement[]> = { band: [], solid: [], hollow: [] };
  for (const m of layout.marks) {
    const i = indexOf.get(m.id) ?? -1;
    const it = items[i];
    if (!it) continue;
    const reported = it.basis === 'reported';
    byLook[markLook(m.shape, reported)].push(
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
      {layout.lanes.map((lane, i) => (
        <rect
          key={lane.key}
          x={0}
          y={lane.y}
          width={width}
          height={lane.height}
          style={{
            fill: i % 2 ? 'var(--pl-bg)' : 'var(--pl-lane, color-mix(in srgb, var(--pl-grid) 35%, var(--pl-bg)))',
          }}
        />
      ))}
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> without tabindex is not focusable */}
      <g aria-hidden="true" transform={`translate(${left},0)`} style={{ stroke: 'var(--pl-grid)' }}>
        {gridXs.map((x) => (
          <line key={x} x1={x} x2={x} y1={0} y2={layout.height} />
        ))}
      </g>
      {layout.lanes.map((lane) => {
        const name = laneName(laneLabels.get(lane.key) ?? lane.key);
        return (
          <text
            key={lane.key}
            x={rtl ? width - LANE_INSET : LANE_INSET}
            y={Math.round((lane.y + Math.max(18, layout.rowHeight) / 2 + 4) * 10) / 10}
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
        {looks.map((look) => (
          <g key={look} style={lookStyle(look)}>
            {byLook[look]}
          </g>
        ))}
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> without tabindex is not focusable */}
        <g aria-hidden="true" fontSize={12} style={{ fill: 'var(--pl-fg)', pointerEvents: 'none' }}>
          {layout.marks.map((m) => {
            if (!m.label) return null;
            const text = m.label.text ?? items[indexOf.get(m.id) ?? -1]?.title ?? '';
            return (
              <text
                key={m.id}
                x={m.label.x}
                y={Math.round((m.y + m.h / 2 + 4) * 10) / 10}
                {...alignText(text, m.label.side === 'after' ? 'left' : 'right')}
              >
                {text}
              </text>
            );
          })}
        </g>
      </g>
    </g>
  );
});
