import type { TimeRange } from '@parklinks/core/timeline';
import { timeScale, timeTicks } from '@parklinks/core/timeline';
import { memo } from 'react';

export type TimeAxisProps = {
  domain: TimeRange;
  width: number;
  left: number;
  height: number;
  rtl: boolean;
  locale: string;
};

/**
 * Dates along the top of the lanes, later dates to the left in right-to-left layouts.
 * Memoised: its props change only with the zoom, the size or the locale, never on a hover or a key.
 */
export const TimeAxis = memo(function TimeAxis({ domain, width, left, height, rtl, locale }: TimeAxisProps) {
  const scale = timeScale(domain, width, rtl);
  const { ticks, format } = timeTicks(domain, width, locale);
  return (
    <g>
      <line x1={0} x2={left * 2 + width} y1={height - 0.5} y2={height - 0.5} style={{ stroke: 'var(--pl-border)' }} />
      {/* Drawn here rather than with @visx/axis, whose label component brings a CSS-calc parser (~5 KB gzip). */}
      <g transform={`translate(${left} ${height - 1})`}>
        {ticks.map((d) => {
          const x = Math.round(scale(d) * 10) / 10;
          return (
            <g key={d.getTime()} className="pl-axis-tick" transform={`translate(${x} 0)`}>
              <line y2={-4} style={{ stroke: 'var(--pl-border)' }} />
              <text y={-6} textAnchor="middle" fontSize={11} style={{ fill: 'var(--pl-muted)' }}>
                {format(d)}
              </text>
            </g>
          );
        })}
      </g>
    </g>
  );
});
