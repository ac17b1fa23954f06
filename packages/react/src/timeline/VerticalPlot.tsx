import type { VerticalLayout } from '@parklinks/core/timeline';
import { alignText, linearScale, verticalMark } from '@parklinks/core/timeline';
import { memo } from 'react';
import { Highlight } from './Highlight.js';
import { lookStyle, Mark, type MarkLook, markLook } from './Mark.js';

import { type HoverStore, type Ring, useRings } from './rings.js';

const looks: MarkLook[] = ['band', 'solid', 'hollow'];

import type { TimelineItem } from '@parklinks/core/timeline';

export type VerticalPlotProps = {
  layout: VerticalLayout;
  width: number;
  items: readonly TimelineItem[];
  indexOf: ReadonlyMap<string, number>;
  rtl: boolean;
  locale: string;
  idPrefix: string;
  /** Focus and selection rings; the hovered mark comes from `hover`. */
  rings: readonly Ring[];
  hover: HoverStore;
};

const VerticalMarks = memo(function VerticalMarks({
  layout,
  items,
  indexOf,
  rtl,
  idPrefix,
}: Omit<VerticalPlotProps, 'width' | 'locale' | 'rings' | 'hover'>) {
  const lh = layout.lineHeight;
  return (
    <g>
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> without tabindex is not focusable */}
      <g aria-hidden="true" fontSize={12}>
        {layout.marks.map((m) => {
          const l = m.label;
          if (!l) return null;
          const edge = rtl ? m.x : m.x + m.w;
          const mid = l.y + lh / 2 - 1;
          return (
            <g key={m.id}>
              <polyline
                points={`${edge},${m.center} ${rtl ? l.x + 6 : l.x - 6},${mid} ${rtl ? l.x + 2 : l.x - 2},${mid}`}
                fill="none"
                style={{ stroke: 'var(--pl-border)' }}
              />
              <text
                x={l.x}
                y={l.y}
                {...alignText(l.lines[0] ?? '', rtl ? 'right' : 'left')}
                style={{ fill: 'var(--pl-fg)' }}
              >
                {l.lines.map((line, k) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: lines of one label
                  <tspan key={k} x={l.x} dy={k === 0 ? lh - 3 : lh}>
                    {line}
                  </tspan>
                ))}
                {l.subtitle ? (
                  <tspan x={l.x} dy={lh - 2} fontSize={11} style={{ fill: 'var(--pl-muted)' }}>
                    {l.subtitle}
                  </tspan>
                ) : null}
              </text>
            </g>
          );
        })}
      </g>
      {looks.map((look) => (
        <g key={look} style={lookStyle(look)}>
          {layout.marks.map((m) => {
            const i = indexOf.get(m.id) ?? -1;
            const it = items[i];
            if (!it || markLook(m.shape, it.basis === 'reported') !== look) return null;
            return (
              <Mark
                key={m.id}
                bare
                id={`${idPrefix}-${i}`}
                index={i}
                label={`${it.title}, ${it.dateText}: ${it.parties}`}
                vertical
                shape={m.shape}
                a0={m.a0}
                a1={m.a1}
                center={m.center}
                b0={m.x}
                size={m.w}
                reported={it.basis === 'reported'}
                pointSize={8}
              />
            );
          })}
        </g>
      ))}
    </g>
  );
});

/** The year axis beside the strip; memoised, so rings and hovers do not redraw it. */
const VerticalAxis = memo(function VerticalAxis({
  layout,
  rtl,
  locale,
}: {
  layout: VerticalLayout;
  rtl: boolean;
  locale: string;
}) {
  // Piecewise linear: each year has the height its titles need (see layoutVertical).
  const scale = linearScale(layout.knots.ms, layout.knots.y);
  const fmt = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });
  const top = layout.knots.y[0] ?? 0;
  const bottom = layout.knots.y[layout.knots.y.length - 1] ?? 0;
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> without tabindex is not focusable
    <g aria-hidden="true">
      {layout.ticks.map((v) => {
        const y = scale(v);
        return (
          <g key={v} className="pl-axis-tick" transform={`translate(${layout.axisX} ${y})`}>
            <line x2={rtl ? 4 : -4} style={{ stroke: 'var(--pl-border)' }} />
            <text
              x={rtl ? 8 : -8}
              y={4}
              textAnchor={rtl ? 'start' : 'end'}
              direction="ltr"
              fontSize={11}
              style={{ fill: 'var(--pl-muted)' }}
            >
              {fmt.format(v)}
            </text>
          </g>
        );
      })}
      <line x1={layout.axisX} x2={layout.axisX} y1={top} y2={bottom} style={{ stroke: 'var(--pl-border)' }} />
    </g>
  );
});

/** Rings over the vertical marks: the only part a hover re-renders. */
function VerticalRings({
  layout,
  rings,
  hover,
  items,
}: {
  layout: VerticalLayout;
  rings: readonly Ring[];
  hover: HoverStore;
  items: readonly TimelineItem[];
}) {
  const all = useRings(rings, hover, items);
  return (
    <>
      {all.map((r) => {
        const m = verticalMark(layout, r.id);
        return m ? (
          <Highlight
            key={r.kind}
            kind={r.kind}
            vertical
            shape={m.shape}
            a0={m.a0}
            a1={m.a1}
            center={m.center}
            b0={m.x}
            size={m.w}
            pointSize={8}
          />
        ) : null;
      })}
    </>
  );
}

/** The phone timeline: time runs down the page (which scrolls), titles wrap beside their marks. */
export function VerticalPlot({
  layout,
  width,
  items,
  indexOf,
  rtl,
  locale,
  idPrefix,
  rings,
  hover,
}: VerticalPlotProps) {
  return (
    // biome-ignore lint/a11y/noSvgWithoutTitle: a container of named marks inside role="application"
    <svg width={width} height={layout.height} style={{ display: 'block' }}>
      <VerticalAxis layout={layout} rtl={rtl} locale={locale} />
      <VerticalMarks layout={layout} items={items} indexOf={indexOf} rtl={rtl} idPrefix={idPrefix} />
      <VerticalRings layout={layout} rings={rings} hover={hover} items={items} />
    </svg>
  );
}
