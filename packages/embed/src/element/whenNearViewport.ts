type Callback = () => void;

const waiting = new Map<Element, Callback>();
let observer: IntersectionObserver | undefined;

function sharedObserver(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        const cb = waiting.get(e.target);
        stopWaiting(e.target);
        cb?.();
      }
    },
    { rootMargin: '200px 0px' },
  );
  return observer;
}

/**
 * Calls `cb` once, when `el` comes within 200 px of the viewport (at once where
 * IntersectionObserver is missing). One observer serves every element on the page.
 * Returns a function that cancels the wait.
 */
export function whenNearViewport(el: Element, cb: Callback): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    cb();
    return () => {};
  }
  waiting.set(el, cb);
  sharedObserver().observe(el);
  return () => stopWaiting(el);
}

function stopWaiting(el: Element) {
  if (!waiting.delete(el)) return;
  observer?.unobserve(el);
  // Drop the observer when nothing waits, so an idle page holds no observer at all.
  if (waiting.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}
