import { memo } from 'react';
import type { LaneLayout } from './layoutLanes.js';
import { Mark } from './Mark.js';
import type { TimelineItem } from './prepareEvents.js';

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
  const dir = rtl ? 'rtl' : 'ltr';
  return (
    <g>
      {layout.lanes.map((lane, i) => (
        <g key={lane.key}>
          <rect
            x={0}
            y={lane.y}
            width={width}
            height={lane.height}
            style={{
              fill: i % 2 ? 'var(--pl-bg)' : 'var(--pl-lane, color-mix(in srgb, var(--pl-grid) 35%, var(--pl-bg)))',
            }}
          />
          <text
            x={rtl ? width - 6 : 6}
            y={lane.y + 13}
            direction={dir}
            textAnchor="start"
            fontSize={12}
            fontWeight={600}
            style={{ fill: 'var(--pl-fg)' }}
          >
            {laneLabels.get(lane.key) ?? lane.key}
            <tspan fontWeight={400} style={{ fill: 'var(--pl-muted)' }}>
              {' '}
              · {lane.count}
            </tspan>
          </text>
        </g>
      ))}
      <g transform={`translate(${left},0)`}>
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> without tabindex is not focusable */}
        <g aria-hidden="true" style={{ stroke: 'var(--pl-grid)' }}>
          {gridXs.map((x) => (
            <line key={x} x1={x} x2={x} y1={0} y2={layout.height} />
          ))}
        </g>
        {layout.marks.map((m) => {
          const i = indexOf.get(m.id) ?? -1;
          const it = items[i];
          if (!it) return null;
          return (
            <Mark
              key={m.id}
              id={`${idPrefix}-${i}`}
              index={i}
              label={`${it.title}, ${it.dateText}`}
              shape={m.shape}
              a0={m.a0}
              a1={m.a1}
              center={m.center}
              b0={m.y}
              size={m.h}
              reported={it.basis === 'reported'}
              pointSize={layout.pointSize}
            />
          );
        })}
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> without tabindex is not focusable */}
        <g aria-hidden="true" fontSize={12} style={{ fill: 'var(--pl-fg)', pointerEvents: 'none' }}>
          {layout.marks.map((m) => {
            if (!m.label) return null;
            const it = items[indexOf.get(m.id) ?? -1];
            const reading = rtl ? 'before' : 'after';
            return (
              <text
                key={m.id}
                x={m.label.x}
                y={Math.round((m.y + m.h / 2 + 4) * 10) / 10}
                direction={dir}
                textAnchor={m.label.side === reading ? 'start' : 'end'}
              >
                {it?.title}
              </text>
            );
          })}
        </g>
      </g>
    </g>
  );
});
