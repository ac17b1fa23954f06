import type { Bounds, BrushProps } from '@visx/brush';
import { Brush } from '@visx/brush';

type BrushScale = BrushProps['xScale'];

import {
  axisTicks,
  DENSITY_BIN,
  densityBins,
  densityMarks,
  linearScale,
  rangeFromBrush,
  type TimeRange,
  timeScale,
} from '@parklinks/core/timeline';
import { memo, useMemo } from 'react';
import { SceneMarks } from '../shared/SceneMarks.js';

export type OverviewProps = {
  /** The whole time span of the data. */
  bounds: TimeRange;
  /** Middle of each dated event (ms). */
  centers: readonly number[];
  width: number;
  left: number;
  height: number;
  rtl: boolean;
  locale: string;
  range: TimeRange | null;
  onRange: (range: TimeRange | null) => void;
};

const Density = memo(function Density({ bins, height }: { bins: number[]; height: number }) {
  return (
    <g style={{ fill: 'var(--pl-accent)' }} opacity={0.55}>
      <SceneMarks marks={densityMarks(bins, height)} named={false} />
    </g>
  );
});

/**
 * The whole time span as a density strip with a @visx/brush: drag to choose a range (which filters
 * the lanes), drag the selection to move it, click outside it to show all dates again. Memoised:
 * its props change only with the data, the size, the locale or the range.
 */
export const Overview = memo(function Overview({
  bounds,
  centers,
  width,
  left,
  height,
  rtl,
  locale,
  range,
  onRange,
}: OverviewProps) {
  const xScale = useMemo(() => timeScale(bounds, width, rtl), [bounds, width, rtl]);
  const yScale = useMemo(() => linearScale([0, 1], [height, 0]), [height]);
  const bins = useMemo(
    () =>
      densityBins(
        centers.map((c) => xScale(c)),
        width,
        DENSITY_BIN,
      ),
    [centers, xScale, width],
  );
  const strip = height - 14;
  const ticks = axisTicks(bounds, width, rtl, locale, 120);
  const initial = range ? [xScale(range[0]), xScale(range[1])].sort((a, b) => a - b) : null;
  const commit = (b: Bounds | null) => {
    // visx calls this from inside a state updater; defer so the parent does not update mid-render.
    const next = rangeFromBrush(b);
    queueMicrotask(() => onRange(next));
  };
  return (
    <g transform={`translate(${left},0)`} style={{ color: 'var(--pl-accent)' }}>
      <rect width={width} height={strip} style={{ fill: 'var(--pl-surface)', stroke: 'var(--pl-border)' }} />
      <Density bins={bins} height={strip} />
      {ticks.map((t) => (
        <text key={t.t} x={t.x} y={height - 2} textAnchor="middle" fontSize={10} style={{ fill: 'var(--pl-muted)' }}>
          {t.text}
        </text>
      ))}
      <Brush
        key={`${range?.join('-') ?? 'all'}-${width}-${rtl}`}
        // The brush reads only domain, range and invert of its scales (see linearScale.ts).
        xScale={xScale as unknown as BrushScale}
        yScale={yScale as unknown as BrushScale}
        width={width}
        height={strip}
        handleSize={8}
        brushDirection="horizontal"
        resizeTriggerAreas={['left', 'right']}
        initialBrushPosition={
          initial ? { start: { x: initial[0]!, y: 0 }, end: { x: initial[1]!, y: strip } } : undefined
        }
        onBrushEnd={commit}
        selectedBoxStyle={{ fill: 'currentColor', fillOpacity: 0.18, stroke: 'currentColor', strokeWidth: 1.5 }}
        disableDraggingSelection={false}
      />
    </g>
  );
});
