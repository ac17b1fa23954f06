import { identityZoom, panBy, viewBoxPoint, type ZoomTransform, zoomAt } from '@parklinks/core';
import {
  type PointerEvent as ReactPointerEvent,
  type RefObject,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react';

type Point = [number, number];

const local = (e: ReactPointerEvent): Point => viewBoxPoint(e.currentTarget, e.clientX, e.clientY);

export type ZoomOptions = {
  /** Smallest and largest zoom factor (`zoomExtent.map`, `zoomExtent.network` from @parklinks/core). */
  extent: readonly [number, number];
  /** Called when the wheel turns without Ctrl or ⌘ (the page scrolls), so the chart can say how to zoom. */
  onPlainWheel?: () => void;
};

/**
 * Zoom and pan for a chart's `<svg>` (map and network alike): buttons (`zoomBy`, `reset`), mouse drag,
 * two-finger pinch, and the wheel only while Ctrl or ⌘ is held, so a plain wheel scrolls the page. One
 * finger on a touch screen scrolls the page too (the svg sets `touch-action: pan-x pan-y`). Points are in
 * the svg's viewBox units, so a chart scaled by CSS zooms where the pointer is.
 */
export function useZoom(ref: RefObject<SVGSVGElement | null>, width: number, height: number, options: ZoomOptions) {
  const [t, setT] = useState<ZoomTransform>(identityZoom);
  const size = useRef<Point>([width, height]);
  size.current = [width, height];
  const opts = useRef(options);
  opts.current = options;
  const zoomBy = useCallback((factor: number, at?: Point) => {
    const [w, h] = size.current;
    setT((prev) => zoomAt(prev, factor, at ?? [w / 2, h / 2], [w, h], opts.current.extent));
  }, []);
  const reset = useCallback(() => setT(identityZoom), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new size starts from the whole view
  useEffect(() => setT(identityZoom), [width, height]);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      if (!(e.ctrlKey || e.metaKey)) {
        opts.current.onPlainWheel?.();
        return;
      }
      e.preventDefault();
      zoomBy(Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.002)), viewBoxPoint(el, e.clientX, e.clientY));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [ref, zoomBy]);

  const pointers = useRef(new Map<number, Point>());
  const moved = useRef(0);
  const onPointerDown = useCallback((e: ReactPointerEvent<SVGSVGElement>) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    pointers.current.set(e.pointerId, local(e));
    moved.current = 0;
  }, []);
  const onPointerMove = useCallback((e: ReactPointerEvent<SVGSVGElement>) => {
    const prev = pointers.current.get(e.pointerId);
    if (!prev) return;
    const p = local(e);
    const all = [...pointers.current.values()];
    if (all.length === 2) {
      const other = all.find((q) => q !== prev) ?? prev;
      const d0 = Math.hypot(prev[0] - other[0], prev[1] - other[1]);
      const d1 = Math.hypot(p[0] - other[0], p[1] - other[1]);
      const mid: Point = [(p[0] + other[0]) / 2, (p[1] + other[1]) / 2];
      moved.current += 10;
      if (d0 > 0)
        setT((s) =>
          panBy(
            zoomAt(s, d1 / d0, mid, size.current, opts.current.extent),
            (p[0] - prev[0]) / 2,
            (p[1] - prev[1]) / 2,
            size.current,
          ),
        );
    } else if (e.pointerType !== 'touch') {
      moved.current += Math.abs(p[0] - prev[0]) + Math.abs(p[1] - prev[1]);
      if (moved.current > 3) {
        if (!e.currentTarget.hasPointerCapture?.(e.pointerId)) e.currentTarget.setPointerCapture?.(e.pointerId);
        setT((s) => panBy(s, p[0] - prev[0], p[1] - prev[1], size.current));
      }
    }
    pointers.current.set(e.pointerId, p);
  }, []);
  const onPointerUp = useCallback((e: ReactPointerEvent<SVGSVGElement>) => {
    pointers.current.delete(e.pointerId);
  }, []);
  /** True when the pointer moved enough since it went down that the click that follows ends a drag. */
  const wasDrag = useCallback(() => moved.current > 3, []);
  return {
    t,
    setT,
    zoomBy,
    reset,
    wasDrag,
    handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp },
  };
}
