import { AxisTop } from '@visx/axis';
import { memo } from 'react';
import { timeScale, timeTicks } from './timeTicks.js';
import type { TimeRange } from './zoomDomain.js';

export type TimeAxisProps = {
  domain: TimeRange;
  width: number;
  left: number;
  height: number;
  rtl: boolean;
  locale: string;
};

/**
 * Dates along the top of the lanes (via @visx/axis), later dates to the left in right-to-left layouts.
 * Memoised: its props change only with the zoom, the size or the locale, never on a hover or a key.
 */
export const TimeAxis = memo(function TimeAxis({ domain, width, left, height, rtl, locale }: TimeAxisProps) {
  const scale = timeScale(domain, width, rtl);
  const { ticks, format } = timeTicks(domain, width, locale);
  return (
    <g>
      <line x1={0} x2={left * 2 + width} y1={height - 0.5} y2={height - 0.5} style={{ stroke: 'var(--pl-border)' }} />
      <AxisTop
        scale={scale}
        top={height - 1}
        left={left}
        tickValues={ticks}
        tickFormat={(d) => format(d as Date)}
        tickLength={4}
        hideAxisLine
        tickLineProps={{ style: { stroke: 'var(--pl-border)' } }}
        tickComponent={({ x, y, formattedValue }) => (
          <text
            x={Math.round(x * 10) / 10}
            y={y - 2}
            textAnchor="middle"
            fontSize={11}
            style={{ fill: 'var(--pl-muted)' }}
          >
            {formattedValue}
          </text>
        )}
      />
    </g>
  );
});
