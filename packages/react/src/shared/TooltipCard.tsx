import type { ReactNode } from 'react';

export type TooltipCardProps = {
  /** Anchor point in px, relative to the chart area. */
  x: number;
  y: number;
  /** Chart area size, so the card flips to stay inside. */
  width: number;
  height: number;
  children: ReactNode;
  /** id, for aria-describedby. */
  id?: string;
};

/** The card's text size. */
const CARD_FONT_SIZE = '0.85em';
/** The size of the timeline card's secondary lines, relative to the card's. */
export const CARD_SMALL = '0.92em';

/** A small card next to a mark; flips left/up near the edges. Not interactive (pointer-events: none). */
export function TooltipCard({ x, y, width, height, children, id }: TooltipCardProps) {
  const flipX = x > width * 0.6;
  const flipY = y > height * 0.6;
  return (
    <div
      id={id}
      role="tooltip"
      style={{
        position: 'absolute',
        left: flipX ? undefined : x + 12,
        right: flipX ? width - x + 12 : undefined,
        top: flipY ? undefined : y + 12,
        bottom: flipY ? height - y + 12 : undefined,
        maxWidth: Math.min(320, width - 24),
        pointerEvents: 'none',
        background: 'var(--pl-surface)',
        color: 'var(--pl-fg)',
        border: '1px solid var(--pl-border)',
        borderRadius: 6,
        padding: '0.5em 0.7em',
        fontSize: CARD_FONT_SIZE,
        lineHeight: 1.35,
        // A hard shadow, not a blurred one: a blur's mask is made the first time a card is drawn (software raster of
        // the card's tile 4.1 → 1.7 ms on the first hover; first hovers drawn 4–7 ms sooner, notes session 15).
        boxShadow: '0 2px 0 rgb(0 0 0 / 0.1)',
        zIndex: 2,
      }}
    >
      {children}
    </div>
  );
}

/**
 * The box a chart's tooltip card is drawn in: always mounted over the chart area, a layout boundary
 * (size and layout containment) and a layer of its own. Showing or moving the card then lays out
 * and rasters this box alone — not the chart with its thousands of marks (measured on the timeline
 * at 2,000 events: 14 ms of layout per hover without it, 2–3 ms with it).
 */
export function TooltipLayer({ children }: { children?: ReactNode }) {
  return (
    <div
      style={{
        position: 'absolute',
        inset: 0,
        contain: 'size layout',
        willChange: 'transform',
        pointerEvents: 'none',
        zIndex: 2,
      }}
    >
      {children}
    </div>
  );
}

/**
 * A hidden letter in each font a chart's card uses (weight, style, size: `children`, e.g. `<b>a</b>a`), to put in
 * its `TooltipLayer`, laid out with the chart. A browser resolves a font the first time it lays out text in it,
 * which the first card shown paid for: the timeline's first card took ~5 ms of layout, the next ones ~1 ms (the
 * map's card, ~1 ms, goes without).
 */
export function FontPrimer({ children }: { children: ReactNode }) {
  return (
    <div aria-hidden="true" style={{ position: 'absolute', visibility: 'hidden', fontSize: CARD_FONT_SIZE }}>
      {children}
    </div>
  );
}
