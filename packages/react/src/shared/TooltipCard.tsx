import { type ReactNode, useEffect, useRef } from 'react';

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

/** A small card next to a mark; flips left/up near the edges. Not interactive (pointer-events: none). */
/** The card's font size, in em of the chart's. */
const cardEm = 0.85;

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
        fontSize: `${cardEm}em`,
        lineHeight: 1.35,
        boxShadow: '0 2px 8px rgb(0 0 0 / 0.18)',
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
 * at 2,000 events: 14 ms of layout per hover without it, 2–3 ms with it). Once the chart is on screen it
 * also resolves the card's fonts while the page is idle (`warmCardFonts`).
 */
export function TooltipLayer({ children }: { children?: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => warmCardFonts(ref.current), []);
  return (
    <div
      ref={ref}
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

type IdleWindow = {
  requestIdleCallback?: (cb: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
};

/**
 * Measures a text in the tooltip card's fonts (its size, regular and bold) on a detached canvas while the page is
 * idle, so that the first card shown does not wait for them. The card's size is used nowhere else in a chart, and
 * Chromium on Linux asks the browser process for the rendering style of each new font size synchronously during
 * layout: on the first hover of the map that wait was 10–40 ms of the painted frame (a trace: layout 42.6 ms wall,
 * 1.5 ms CPU). The canvas shares the page's font cache and changes no element. Returns the cancel function.
 */
export function warmCardFonts(el: HTMLElement | null): (() => void) | undefined {
  if (!el || typeof document === 'undefined') return undefined;
  const run = () => {
    const ctx = document.createElement('canvas').getContext?.('2d');
    const style = getComputedStyle(el);
    const size = Number.parseFloat(style.fontSize) * cardEm;
    if (!ctx || !(size > 0)) return;
    for (const weight of ['400', '700']) {
      ctx.font = `${weight} ${size}px ${style.fontFamily}`;
      ctx.measureText('Ag');
    }
  };
  // Where the browser has no idle callbacks (Safari, test DOMs), the first card resolves them itself.
  const w = globalThis as IdleWindow;
  if (!w.requestIdleCallback || !w.cancelIdleCallback) return undefined;
  const id = w.requestIdleCallback(run, { timeout: 2000 });
  return () => w.cancelIdleCallback?.(id);
}
