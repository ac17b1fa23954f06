import { type CSSProperties, memo, useLayoutEffect, useRef, useSyncExternalStore } from 'react';

export type CanvasLayerProps = {
  /** Size in CSS px; the bitmap is `devicePixelRatio` times larger, so lines stay sharp. */
  width: number;
  height: number;
  /**
   * Draws the layer, in CSS px (the context comes scaled for the pixel ratio and cleared), in `color`. Drawn
   * again when this function or the size changes, when `color` resolves to another colour (the theme, or the
   * host page's `--parklinks-*` overrides, changed) and when the pixel ratio changes (a zoomed page, another
   * screen): keep it stable (useCallback/useMemo) for as long as the drawing stays the same.
   */
  draw: (
    ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
    color: string,
    more: string[],
    /** The element's computed `font-family`, for text drawn on the layer. */
    font: string,
  ) => void;
  /** A CSS colour, `var(--pl-…)` included: resolved against the page, handed to `draw` as a computed colour. */
  color: string;
  /** More CSS colours, resolved the same way, handed to `draw` in this order (`more`). Keep the array stable. */
  colors?: readonly string[];
  style?: CSSProperties;
  /** `data-*` attributes for the element (what the layer draws, for tests and inspection). */
  data?: Record<string, string | number>;
};

/** A 2D context the size of the bitmap, cleared, and what to call once drawn. */
type Surface = { ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D; done: () => void };

/**
 * Where a drawing goes: where the browser has `OffscreenCanvas`, an offscreen 2D canvas whose finished bitmap
 * is handed to the element's `bitmaprenderer` context (an immutable image: the compositor takes it as it is,
 * where a live 2D canvas rasterised its recorded paths again on the first frames after it was drawn, 37 and
 * 68 ms at 2,000 pairs in software-composited Chromium, and again on the first hover); else the element's own
 * 2D context. Null without either (a DOM without canvas).
 */
function surface(canvas: HTMLCanvasElement, w: number, h: number): Surface | null {
  if (canvas.width !== w || canvas.height !== h) [canvas.width, canvas.height] = [w, h];
  if (typeof OffscreenCanvas === 'function') {
    const renderer = canvas.getContext('bitmaprenderer');
    const off = renderer && new OffscreenCanvas(w, h);
    const ctx = off?.getContext('2d');
    if (renderer && off && ctx)
      return { ctx, done: () => renderer.transferFromImageBitmap(off.transferToImageBitmap()) };
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, w, h);
  return { ctx, done: () => {} };
}

/** Attributes on the canvas' ancestors that can change what a `var(--pl-…)` colour resolves to. */
const themeAttributes = ['class', 'data-theme'];

/**
 * A `<canvas>` layer for drawings of very many marks that nobody points at (the map's legs): one element
 * instead of thousands, drawn from the chart's layout with no SVG path strings. It draws in a layout effect
 * (in the same frame as the commit that changed it), never on the server; it is `aria-hidden`, so the
 * accessible marks stay in the SVG/DOM layers above it. Memoised: a parent's hover or selection that leaves
 * its props alone does not draw it again.
 */
export const CanvasLayer = memo(function CanvasLayer({
  width,
  height,
  draw,
  color,
  colors,
  style,
  data,
}: CanvasLayerProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const drawn = useRef({ draw: undefined as unknown, color: '', ratio: 0, width: 0, height: 0 });

  useLayoutEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const paint = () => {
      const ratio = globalThis.devicePixelRatio || 1;
      const computed = getComputedStyle(canvas);
      const more = (colors ?? []).map((c) => {
        canvas.style.color = c;
        return computed.color;
      });
      if (colors?.length) canvas.style.color = color;
      const ink = [computed.color, ...more].join(';');
      const last = drawn.current;
      if (
        last.draw === draw &&
        last.color === ink &&
        last.ratio === ratio &&
        last.width === width &&
        last.height === height
      )
        return;
      const [w, h] = [Math.round(width * ratio), Math.round(height * ratio)];
      const target = surface(canvas, w, h);
      if (!target) return;
      drawn.current = { draw, color: ink, ratio, width, height };
      target.ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      draw(target.ctx, computed.color, more, computed.fontFamily);
      target.done();
    };
    paint();
    // The theme and the pixel ratio can change without a render of this layer: watch for both.
    const observer = new MutationObserver(paint);
    for (let el = canvas.parentElement; el; el = el.parentElement)
      observer.observe(el, { attributes: true, attributeFilter: themeAttributes });
    const media = [
      globalThis.matchMedia?.('(prefers-color-scheme: dark)'),
      globalThis.matchMedia?.(`(resolution: ${globalThis.devicePixelRatio || 1}dppx)`),
    ];
    for (const m of media) m?.addEventListener?.('change', paint);
    return () => {
      observer.disconnect();
      for (const m of media) m?.removeEventListener?.('change', paint);
    };
  }, [draw, width, height, color, colors]);

  const attrs: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(data ?? {})) attrs[`data-${k}`] = v;
  return <canvas ref={ref} aria-hidden style={{ display: 'block', width, height, color, ...style }} {...attrs} />;
});

const never = () => () => {};
/**
 * False on the server and while hydrating its HTML, true in a browser render: a chart can send canvas
 * layers to the browser and keep an SVG drawing in the server's HTML (and the hydration that matches it).
 */
export function useClientRender(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
