import type { Mark } from '../scene/types.js';
import { r1 } from '../shared/r1.js';
import { yearText } from './dateText.js';
import type { VerticalLayout } from './layoutVertical.js';
import { linearScale } from './linearScale.js';
import { timeScale, timeTicks } from './timeTicks.js';
import type { TimeRange } from './zoomDomain.js';

/** The time axis's ticks: x inside the plot (rounded to 0.1 px) and their labels. */
export function axisTicks(
  domain: TimeRange,
  width: number,
  rtl: boolean,
  locale: string,
  spacing?: number,
): { x: number; text: string; t: number }[] {
  const scale = timeScale(domain, width, rtl);
  const { ticks, format } = timeTicks(domain, width, locale, spacing);
  return ticks.map((d) => ({ x: r1(scale(d)), text: format(d), t: d.getTime() }));
}

/** Dates along the top of the lanes (`height` px tall), later dates to the left in right-to-left layouts. */
export function axisMarks(
  domain: TimeRange,
  o: { width: number; left: number; height: number; rtl: boolean; locale: string },
): Mark[] {
  const { width, left, height } = o;
  const tick = (x: number, text: string, t: number): Mark => ({
    type: 'group',
    key: String(t),
    className: 'pl-axis-tick',
    transform: `translate(${x} 0)`,
    children: [
      { type: 'line', x1: 0, y1: 0, x2: 0, y2: -4, stroke: 'var(--pl-border)' },
      { type: 'text', x: 0, y: -6, text, size: 11, anchor: 'middle', fill: 'var(--pl-muted)' },
    ],
  });
  return [
    { type: 'line', x1: 0, y1: height - 0.5, x2: left * 2 + width, y2: height - 0.5, stroke: 'var(--pl-border)' },
    {
      type: 'group',
      transform: `translate(${left} ${height - 1})`,
      children: axisTicks(domain, width, o.rtl, o.locale).map((k) => tick(k.x, k.text, k.t)),
    },
  ];
}

/** The year axis beside the vertical timeline's strip: a tick and a year at each of the layout's `ticks`. */
export function verticalAxisMarks(layout: VerticalLayout, rtl: boolean, locale: string): Mark[] {
  // Piecewise linear: each year has the height its titles need (see layoutVertical).
  const scale = linearScale(layout.knots.ms, layout.knots.y);
  const ys = layout.knots.y;
  const ticks = layout.ticks.map(
    (v): Mark => ({
      type: 'group',
      key: String(v),
      className: 'pl-axis-tick',
      transform: `translate(${layout.axisX} ${scale(v)})`,
      children: [
        { type: 'line', x1: 0, y1: 0, x2: rtl ? 4 : -4, y2: 0, stroke: 'var(--pl-border)' },
        {
          type: 'text',
          x: rtl ? 8 : -8,
          y: 4,
          text: yearText(new Date(v).getUTCFullYear(), locale),
          size: 11,
          anchor: rtl ? 'start' : 'end',
          dir: 'ltr',
          fill: 'var(--pl-muted)',
        },
      ],
    }),
  );
  const axis: Mark = {
    type: 'line',
    x1: layout.axisX,
    y1: ys[0] ?? 0,
    x2: layout.axisX,
    y2: ys[ys.length - 1] ?? 0,
    stroke: 'var(--pl-border)',
  };
  return [...ticks, axis];
}
