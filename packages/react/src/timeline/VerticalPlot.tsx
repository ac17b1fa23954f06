import type { TimelineItem, VerticalLayout } from '@parklinks/core/timeline';
import {
  DIMMED,
  eventLook,
  eventLooks,
  verticalAxisMarks,
  verticalLabelMarks,
  verticalMark,
} from '@parklinks/core/timeline';
import { memo } from 'react';
import { Highlight } from './Highlight.js';
import { lookStyle, Mark } from './Mark.js';

import { type HoverStore, type Ring, useRings } from './rings.js';
import { TextMarks } from './TextMarks.js';

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
  /** Fade the plot (an organization is selected): its events are drawn again over it with their rings. */
  dimmed?: boolean;
};

const VerticalMarks = memo(function VerticalMarks({
  layout,
  items,
  indexOf,
  rtl,
  idPrefix,
}: Omit<VerticalPlotProps, 'width' | 'locale' | 'rings' | 'hover' | 'dimmed'>) {
  return (
    <g>
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> without tabindex is not focusable */}
      <g aria-hidden="true" fontSize={12} style={{ fill: 'var(--pl-fg)' }}>
        <TextMarks marks={verticalLabelMarks(layout, rtl)} />
      </g>
      {eventLooks.map((look) => (
        <g key={look} style={lookStyle(look)}>
          {layout.marks.map((m) => {
            const i = indexOf.get(m.id) ?? -1;
            const it = items[i];
            if (!it || eventLook(m.shape, it.basis === 'reported') !== look) return null;
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

/** The year axis beside the strip (the scene's `verticalAxisMarks`); memoised, so rings and hovers do not redraw it. */
const VerticalAxis = memo(function VerticalAxis({
  layout,
  rtl,
  locale,
}: {
  layout: VerticalLayout;
  rtl: boolean;
  locale: string;
}) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> without tabindex is not focusable
    <g aria-hidden="true">
      <TextMarks marks={verticalAxisMarks(layout, rtl, locale)} />
    </g>
  );
});

/** Rings over the vertical marks: the only part a hover re-renders. */
function VerticalRings({
  layout,
  rings,
  hover,
  items,
  indexOf,
  dimmed,
}: {
  layout: VerticalLayout;
  rings: readonly Ring[];
  hover: HoverStore;
  items: readonly TimelineItem[];
  indexOf: ReadonlyMap<string, number>;
  dimmed: boolean;
}) {
  const all = useRings(rings, hover, items);
  return (
    <>
      {all.map((r) => {
        const m = verticalMark(layout, r.id);
        if (!m) return null;
        const g = { shape: m.shape, a0: m.a0, a1: m.a1, center: m.center, b0: m.x, size: m.w, vertical: true };
        const it = dimmed && r.kind === 'selected' ? items[indexOf.get(r.id) ?? -1] : undefined;
        return (
          <g key={`${r.kind}:${r.id}`}>
            {it ? <Mark {...g} reported={it.basis === 'reported'} pointSize={8} /> : null}
            <Highlight kind={r.kind} {...g} pointSize={8} />
          </g>
        );
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
  dimmed = false,
}: VerticalPlotProps) {
  return (
    // biome-ignore lint/a11y/noSvgWithoutTitle: a container of named marks inside role="application"
    <svg width={width} height={layout.height} style={{ display: 'block' }}>
      <VerticalAxis layout={layout} rtl={rtl} locale={locale} />
      <g style={dimmed ? { opacity: DIMMED } : undefined}>
        <VerticalMarks layout={layout} items={items} indexOf={indexOf} rtl={rtl} idPrefix={idPrefix} />
      </g>
      <VerticalRings layout={layout} rings={rings} hover={hover} items={items} indexOf={indexOf} dimmed={dimmed} />
    </svg>
  );
}
