import { type ReactNode, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useClientRender } from './CanvasLayer.js';
import type { ValueStore } from './valueStore.js';

/** How long after a chart is drawn its hover is rehearsed (ms): well after its first frame, before a pointer is likely. */
export const REHEARSAL_DELAY_MS = 200;

/**
 * A chart's hover, rehearsed off the page while the browser is idle: `children` (the chart's own hover overlays,
 * reading `store`) are rendered into an element that is not in the document; 200 ms after the chart is drawn, when
 * the browser is next idle, `store` is set to `value` once and back to null in the next task. The first real
 * hover then runs code that has run before — React's update of a store reader, the overlays' components, the
 * creation of their SVG and HTML elements — while nothing is laid out, painted or announced: the element is
 * detached, so the page's DOM, its layers and its assistive-tech tree do not change. Nothing on the server or while
 * hydrating (a portal has no server markup).
 */
export function Rehearsal<T>({
  store,
  value,
  children,
}: {
  /** A store of the rehearsal's own (not the chart's hover store), read by `children`; null at rest. */
  store: ValueStore<T | null>;
  /** What to rehearse: a mark of the chart with little to highlight. Undefined: no rehearsal. */
  value: T | undefined;
  children: ReactNode;
}) {
  const [node] = useState(() => (typeof document === 'undefined' ? null : document.createElement('div')));
  useEffect(() => {
    if (value === undefined) return;
    let idle = 0;
    // After the first frame is drawn and the chart's other idle work is done: in the way of neither.
    const wait = setTimeout(() => {
      const rehearse = () => {
        store.set(value);
        setTimeout(() => store.set(null));
      };
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(rehearse, { timeout: 1000 });
      else rehearse();
    }, REHEARSAL_DELAY_MS);
    return () => {
      clearTimeout(wait);
      if (idle) cancelIdleCallback(idle);
      store.set(null);
    };
  }, [store, value]);
  return useClientRender() && node && value !== undefined ? createPortal(children, node) : null;
}
