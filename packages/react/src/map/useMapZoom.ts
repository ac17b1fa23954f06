import { identityZoom, panBy, type ZoomTransform, zoomAt, zoomExtent } from '@parklinks/core';
import {
  type PointerEvent as ReactPointerEvent,
  type RefObject,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react';

const local = (e: ReactPointerEvent): [number, number] => {
  const box = e.currentTarget.getBoundingClientRect();
  return [e.clientX - box.left, e.clientY - box.top];
};

/**
 * Zoom and pan for the map: buttons (`zoomBy`, `reset`), mouse drag, two-finger pinch, and the
 * wheel only while Ctrl or ⌘ is held — a plain wheel scrolls the page, and `onPlainWheel` fires so
 * the map can say how to zoom. One finger on a touch screen scrolls the page too.
 */
export function useMapZoom(
  ref: RefObject<SVGSVGElement | null>,
  width: number,
  height: number,
  onPlainWheel?: () => void,
) {
  const [t, setT] = useState<ZoomTransform>(identityZoom);
  const size: [number, number] = [width, height];
  const sizeRef = useRef(size);
  sizeRef.current = size;
  const hint = useRef(onPlainWheel);
  hint.current = onPlainWheel;

  const zoomBy = useCallback((factor: number, at?: [number, number]) => {
    const [w, h] = sizeRef.current;
    setT((prev) => zoomAt(prev, factor, at ?? [w / 2, h / 2], [w, h], zoomExtent.map));
  }, []);
  const reset = useCallback(() => setT(identityZoom), []);
  // A new size or projection starts from the whole view again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the size changes
  useEffect(() => setT(identityZoom), [width, height]);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      if (!(e.ctrlKey || e.metaKey)) {
        hint.current?.();
        return;
      }
      e.preventDefault();
      const box = el.getBoundingClientRect();
      zoomBy(Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.002)), [e.clientX - box.left, e.clientY - box.top]);
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [ref, zoomBy]);

  const pointers = useRef(new Map<number, [number, number]>());
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
    const size = sizeRef.current;
    if (all.length === 2) {
      const other = all.find((q) => q !== prev) ?? prev;
      const d0 = Math.hypot(prev[0] - other[0], prev[1] - other[1]);
      const d1 = Math.hypot(p[0] - other[0], p[1] - other[1]);
      const mid: [number, number] = [(p[0] + other[0]) / 2, (p[1] + other[1]) / 2];
      if (d0 > 0)
        setT((s) =>
          panBy(zoomAt(s, d1 / d0, mid, size, zoomExtent.map), (p[0] - prev[0]) / 2, (p[1] - prev[1]) / 2, size),
        );
    } else if (e.pointerType !== 'touch') {
      moved.current += Math.abs(p[0] - prev[0]) + Math.abs(p[1] - prev[1]);
      if (moved.current > 3) {
        const el = e.currentTarget;
        // Keep the drag when the pointer leaves the map (not in every DOM: jsdom has no pointer capture).
        if (typeof el.setPointerCapture === 'function' && !el.hasPointerCapture(e.pointerId))
          el.setPointerCapture(e.pointerId);
        setT((s) => panBy(s, p[0] - prev[0], p[1] - prev[1], size));
      }
    }
    pointers.current.set(e.pointerId, p);
  }, []);
  const onPointerUp = useCallback((e: ReactPointerEvent<SVGSVGElement>) => {
    pointers.current.delete(e.pointerId);
  }, []);
  /** True when the pointer moved enough since it went down that the click that follows is a drag's end. */
  const wasDrag = useCallback(() => moved.current > 3, []);
  return {
    t,
    zoomBy,
    reset,
    wasDrag,
    handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp },
  };
}
