import type { LegendEntry } from '../scene/types.js';
import { lookColors } from './eventMarks.js';
import type { TimelineMessages } from './messages.js';

/** What the marks mean: how precisely each date is known, and which dates come only from a report. */
export function timelineLegend(m: TimelineMessages): LegendEntry[] {
  const solid = lookColors('solid');
  const band = lookColors('band');
  const hollow = lookColors('hollow');
  return [
    { label: m.day, swatch: { shape: 'circle', fill: solid.fill, r: 4.5 } },
    { label: m.month, swatch: { shape: 'rect', fill: solid.fill } },
    { label: m.year, swatch: { shape: 'rect', fill: band.fill, stroke: band.stroke } },
    { label: m.reportedLegend, swatch: { shape: 'circle', fill: hollow.fill, stroke: hollow.stroke, r: 4.5 } },
  ];
}
