import { panDomain, type TimeRange, zoomDomain } from '@parklinks/core/timeline';
import { type RefObject, useEffect, useRef } from 'react';

type Options = {
  view: TimeRange | null;
  base: TimeRange | null;
  setView: (v: TimeRange | null) => void;
  plotLeft: number;
  plotWidth: number;
  rtl: boolean;
};

/**
 * Zoom and pan of the time axis on `ref`: Ctrl/⌘ + wheel (and trackpad pinch, which browsers send
 * as Ctrl + wheel) zooms around the pointer — a plain wheel scrolls the page as usual; dragging
 * pans; two fingers pinch. `dragged.current` is true right after a drag, so a click can ignore it.
 */
export function usePanZoom(ref: RefObject<HTMLElement | null>, o: Options) {
  const opts = useRef(o);
  opts.current = o;
  const dragged = useRef(false);
  const pointers = useRef(new Map<number, number>());
  const start = useRef<{ x: number; view: TimeRange; dist: number } | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const timeAt = (clientX: number) => {
      const { view, plotLeft, plotWidth, rtl } = opts.current;
      if (!view) return 0;
      const px = clientX - el.getBoundingClientRect().left - plotLeft;
      const f = Math.min(1, Math.max(0, px / plotWidth));
      return view[0] + (rtl ? 1 - f : f) * (view[1] - view[0]);
    };
    const onWheel = (e: WheelEvent) => {
      const { view, base, setView } = opts.current;
      if (!(e.ctrlKey || e.metaKey) || !view || !base) return;
      e.preventDefault();
      setView(zoomDomain(view, Math.exp(-e.deltaY * 0.004), timeAt(e.clientX), base));
    };
    const spread = () => {
      const xs = [...pointers.current.values()];
      return xs.length > 1 ? Math.abs(xs[0]! - xs[1]!) : 0;
    };
    const onDown = (e: PointerEvent) => {
      if (e.button !== 0 || !opts.current.view) return;
      pointers.current.set(e.pointerId, e.clientX);
      start.current = { x: e.clientX, view: opts.current.view, dist: spread() };
      dragged.current = false;
    };
    const onMove = (e: PointerEvent) => {
      const s = start.current;
      const { base, setView, plotWidth, rtl } = opts.current;
      if (!s || !base || !pointers.current.has(e.pointerId)) return;
      pointers.current.set(e.pointerId, e.clientX);
      if (pointers.current.size > 1 && s.dist > 0) {
        const xs = [...pointers.current.values()];
        setView(zoomDomain(s.view, spread() / s.dist, timeAt((xs[0]! + xs[1]!) / 2), base));
        dragged.current = true;
        return;
      }
      const dx = e.clientX - s.x;
      if (!dragged.current && Math.abs(dx) < 4) return;
      if (!dragged.current) el.setPointerCapture?.(e.pointerId);
      dragged.current = true;
      const perPx = (s.view[1] - s.view[0]) / plotWidth;
      setView(panDomain(s.view, (rtl ? dx : -dx) * perPx, base));
    };
    const onUp = (e: PointerEvent) => {
      pointers.current.delete(e.pointerId);
      if (pointers.current.size === 0) start.current = null;
      else if (opts.current.view)
        start.current = { x: [...pointers.current.values()][0]!, view: opts.current.view, dist: 0 };
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerup', onUp);
    el.addEventListener('pointercancel', onUp);
    return () => {
      el.removeEventListener('wheel', onWheel);
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerup', onUp);
      el.removeEventListener('pointercancel', onUp);
    };
  }, [ref]);
  return { dragged };
}
