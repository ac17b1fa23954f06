import type { Mark } from '../scene/types.js';
import { axisTicks } from './axisMarks.js';
import type { TimelineItem } from './buildTimelineModel.js';
import { densityBins } from './densityBins.js';
import { timeScale } from './timeTicks.js';
import type { TimeRange } from './zoomDomain.js';

/** Width of a density bar in the overview, in px. */
export const DENSITY_BIN = 3;

/** Middle of each dated event (ms): what the overview's density strip counts. */
export const eventCenters = (items: readonly TimelineItem[]): number[] =>
  items.flatMap((e) => (e.start === null || e.end === null ? [] : [(e.start + e.end) / 2]));

/** The overview's density bars over a strip `height` px tall: bar heights grow with the square root of the count. */
export function densityMarks(bins: readonly number[], height: number): Mark[] {
  const max = Math.max(1, ...bins);
  return bins.flatMap((c, i): Mark[] => {
    if (!c) return [];
    const h = Math.max(1.5, Math.round(Math.sqrt(c / max) * height * 10) / 10);
    return [{ type: 'rect', key: String(i), x: i * DENSITY_BIN, y: height - h, width: DENSITY_BIN - 0.5, height: h }];
  });
}

/**
 * The overview under the lanes, as drawn before the reader brushes (in its own coordinates): the whole span
 * as a density strip with years under it, and the brushed `range`, if any, shaded.
 */
export function overviewMarks(
  bounds: TimeRange,
  centers: readonly number[],
  o: { width: number; height: number; rtl: boolean; locale: string; range?: TimeRange | null },
): Mark[] {
  const { width, height, rtl } = o;
  const scale = timeScale(bounds, width, rtl);
  const strip = height - 14;
  const bins = densityBins(
    centers.map((c) => scale(c)),
    width,
    DENSITY_BIN,
  );
  const marks: Mark[] = [
    { type: 'rect', x: 0, y: 0, width, height: strip, fill: 'var(--pl-surface)', stroke: 'var(--pl-border)' },
    { type: 'group', fill: 'var(--pl-accent)', opacity: 0.55, children: densityMarks(bins, strip) },
    ...axisTicks(bounds, width, rtl, o.locale, 120).map(
      (t): Mark => ({
        type: 'text',
        key: String(t.t),
        x: t.x,
        y: height - 2,
        text: t.text,
        size: 10,
        anchor: 'middle',
        fill: 'var(--pl-muted)',
      }),
    ),
  ];
  if (o.range) {
    const [a, b] = [scale(o.range[0]), scale(o.range[1])].sort((p, q) => p - q) as [number, number];
    marks.push({
      type: 'rect',
      x: a,
      y: 0,
      width: b - a,
      height: strip,
      fill: 'var(--pl-accent)',
      fillOpacity: 0.18,
      stroke: 'var(--pl-accent)',
      strokeWidth: 1.5,
    });
  }
  return marks;
}
