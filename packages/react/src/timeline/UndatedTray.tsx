import type { TimelineItem, TrayLayout } from '@parklinks/core/timeline';
import { alignText } from '@parklinks/core/timeline';
import { memo } from 'react';

export type UndatedTrayProps = {
  tray: TrayLayout;
  /** The undated events, in tray order; chips refer to them by position. */
  items: readonly TimelineItem[];
  /** Keyboard index of the first undated event (they come after every dated one). */
  offset: number;
  total: number;
  width: number;
  rtl: boolean;
  idPrefix: string;
  heading: string;
  more: string;
};

/** The "date unknown" tray: undated partnerships as chips, never placed on the time axis. */
export const UndatedTray = memo(function UndatedTray({
  tray,
  items,
  offset,
  total,
  width,
  rtl,
  idPrefix,
  heading,
  more,
}: UndatedTrayProps) {
  const dir = rtl ? 'rtl' : 'ltr';
  // The tray shows one page of chips; the others are still named here, so that every undated partnership and its
  // parties are in the markup (server render, screen readers) whatever page is on screen.
  const shown = new Set(tray.chips.map((c) => c.index));
  const offPage = tray.hidden > 0 ? items.filter((_, i) => !shown.has(i)) : [];
  return (
    <g>
      {offPage.length > 0 && (
        <title>{`${more}: ${offPage.map((it) => `${it.title}, ${it.dateText}: ${it.parties}`).join('; ')}`}</title>
      )}
      <text
        x={rtl ? width : 0}
        y={13}
        direction={dir}
        textAnchor="start"
        fontSize={12}
        fontWeight={600}
        style={{ fill: 'var(--pl-fg)' }}
      >
        {heading}
        <tspan fontWeight={400} style={{ fill: 'var(--pl-muted)' }}>
          {' '}
          · {total}
          {tray.hidden > 0 ? ` · ${more}` : ''}
        </tspan>
      </text>
      <g transform="translate(0,20)">
        {tray.chips.map((c) => {
          const it = items[c.index];
          if (!it) return null;
          return (
            <g key={it.id} transform={`translate(${c.x},${c.y})`}>
              {/* biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an SVG <rect> is not interactive; role="img" names the chip */}
              <rect
                id={`${idPrefix}-${offset + c.index}`}
                data-i={offset + c.index}
                role="img"
                aria-label={`${it.title}, ${it.dateText}: ${it.parties}`}
                width={c.w}
                height={22}
                rx={11}
                strokeDasharray="4 3"
                style={{ fill: 'var(--pl-surface)', stroke: 'var(--pl-muted)' }}
              />
              {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: SVG <text> is not focusable; the chip's rect carries the name */}
              <text
                x={rtl ? c.w - 8 : 8}
                y={15}
                {...alignText(c.text, rtl ? 'right' : 'left')}
                fontSize={12}
                aria-hidden="true"
                style={{ fill: 'var(--pl-fg)', pointerEvents: 'none' }}
              >
                {c.text}
              </text>
            </g>
          );
        })}
      </g>
    </g>
  );
});
