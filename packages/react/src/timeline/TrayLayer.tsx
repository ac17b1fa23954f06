import type { TimelineItem, TimelineMessages } from '@parklinks/core/timeline';
import { type TrayLayout, trayHeight } from '@parklinks/core/timeline';
import { useMemo } from 'react';
import { type HoverStore, type Ring, useRings } from './rings.js';
import { UndatedTray } from './UndatedTray.js';
import type { TimelineGeometry } from './useTimelineGeometry.js';

export type TrayLayerProps = {
  geo: TimelineGeometry;
  width: number;
  order: readonly TimelineItem[];
  offset: number;
  rtl: boolean;
  idPrefix: string;
  messages: TimelineMessages;
  /** Focus and selection rings; the hovered chip comes from `hover`. */
  rings: readonly Ring[];
  hover: HoverStore;
};

/** Rings around the active, selected or hovered chip: the only part of the tray a hover re-renders. */
function TrayRings({
  tray,
  undated,
  order,
  rings,
  hover,
}: {
  tray: TrayLayout;
  undated: readonly TimelineItem[];
  order: readonly TimelineItem[];
  rings: readonly Ring[];
  hover: HoverStore;
}) {
  const all = useRings(rings, hover, order);
  return (
    <>
      {all.map((r) => {
        const k = undated.findIndex((it) => it.id === r.id);
        const c = k >= 0 ? tray.chips.find((x) => x.index === k) : undefined;
        if (!c) return null;
        const pad = r.kind === 'focus' ? 3 : 1.5;
        return (
          <rect
            key={`${r.kind}:${r.id}`}
            data-highlight={r.kind}
            x={c.x - pad}
            y={20 + c.y - pad}
            width={c.w + 2 * pad}
            height={22 + 2 * pad}
            rx={11 + pad}
            fill="none"
            strokeWidth={r.kind === 'hover' ? 1 : 2}
            pointerEvents="none"
            style={{ stroke: r.kind === 'focus' ? 'var(--pl-focus)' : 'var(--pl-fg)' }}
          />
        );
      })}
    </>
  );
}

/** The undated tray in its own SVG under the lanes, with rings around the active, selected or hovered chip. */
export function TrayLayer({ geo, width, order, offset, rtl, idPrefix, messages, rings, hover }: TrayLayerProps) {
  const tray = geo.tray;
  // The same array between renders, so the memoised tray does not redraw on a key press.
  const undated = useMemo(() => order.slice(offset), [order, offset]);
  if (!tray) return null;
  const trayWidth = geo.vertical ? width - 2 * geo.trayLeft : geo.plotWidth;
  return (
    // biome-ignore lint/a11y/noSvgWithoutTitle: a container of named chips inside role="application"
    <svg width={width} height={trayHeight(tray.rows)} style={{ display: 'block', marginTop: 6 }}>
      <g transform={`translate(${geo.trayLeft},0)`}>
        <UndatedTray
          tray={tray}
          items={undated}
          offset={offset}
          total={undated.length}
          width={trayWidth}
          rtl={rtl}
          idPrefix={idPrefix}
          heading={messages.dateUnknown}
          more={messages.more(tray.hidden)}
        />
        <TrayRings tray={tray} undated={undated} order={order} rings={rings} hover={hover} />
      </g>
    </svg>
  );
}
