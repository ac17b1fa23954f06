import { type ReactNode, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { ValueStore } from './valueStore.js';

/** How long after a chart is drawn its hover is rehearsed (ms): well after its first frame, before a pointer is likely. */
export const REHEARSAL_DELAY_MS = 200;

/**
 * A chart's hover, rehearsed off the page while the browser is idle: 200 ms after the chart is drawn, when the
 * browser is next idle, `children` (the chart's own hover overlays, reading `store`) are rendered into an element
 * that is not in the document, `store` is set to `value` and back to null, each in a task of its own, and they are
 * removed. The first real hover then runs code that has run before — React's update of a store reader, the
 * overlays' components, the creation of their SVG and HTML elements — while nothing is laid out, painted or
 * announced: the element is detached, so the page's DOM, its layers and its assistive-tech tree do not change.
 * Nothing is rendered on the server, while hydrating or with the chart's first frame.
 */
/**
 * Whether the page is still there. A chart left mounted when a test environment (jsdom) is torn down still has its
 * timers: without a window, React would throw from them.
 */
const live = () => typeof window !== 'undefined';

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
  // The detached element, only while rehearsing: nothing of the rehearsal is rendered with the chart's first frame.
  const [node, setNode] = useState<HTMLElement | null>(null);
  useEffect(() => {
    if (value === undefined) return;
    let idle = 0;
    // After the first frame is drawn and the chart's other idle work is done: in the way of neither.
    const wait = setTimeout(() => {
      const start = () => live() && setNode(document.createElement('div'));
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(start, { timeout: 1000 });
      else start();
    }, REHEARSAL_DELAY_MS);
    return () => {
      clearTimeout(wait);
      if (idle) cancelIdleCallback(idle);
      store.set(null);
      setNode(null);
    };
  }, [store, value]);
  // Mounted with the store at null: now the hover, and back, each in a task of its own; then away.
  useEffect(() => {
    if (!node || value === undefined) return;
    store.set(value);
    let end: ReturnType<typeof setTimeout> | undefined;
    const back = setTimeout(() => {
      if (!live()) return;
      store.set(null);
      end = setTimeout(() => live() && setNode(null));
    });
    return () => {
      clearTimeout(back);
      clearTimeout(end);
    };
  }, [node, store, value]);
  return node ? createPortal(children, node) : null;
}
