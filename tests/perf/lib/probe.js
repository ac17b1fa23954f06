// In-page measurement runtime, loaded before the data and the page bundle (whose first statement sets `t0`).
// A "content frame" is a frame whose rAF callback runs after a DOM change in #root; its end is a message posted
// from that callback (after the frame's style, layout and paint). After the last content frame, rAFs are chained
// until two come less than 50 ms apart: the first of those is when the compositor had the frame rastered and took
// the next one ("presented", an approximation that includes the software raster of a big SVG).
(() => {
  const root = document.getElementById('root');
  const perf = { t0: 0, lastFrame: 0, presented: 0, mutations: 0, lastMutation: 0, contentFrames: [], errors: [] };
  window.__perf = perf;
  addEventListener('error', (e) => perf.errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => perf.errors.push(String(e.reason)));

  let chain = false;
  let pending = false;
  let prev = 0;
  let contentRaf = -1;
  const onRaf = () => {
    const r = performance.now();
    if (pending) {
      pending = false;
      contentRaf = r;
      // For a trace: this frame's commit is the first after this mark (lib/measure.mjs, `actSteps`).
      performance.mark('pl-frame');
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        perf.lastFrame = performance.now();
        perf.contentFrames.push(perf.lastFrame);
      };
      channel.port2.postMessage(0);
    } else if (prev > contentRaf && r - prev <= 50) {
      perf.presented = prev;
      chain = false;
      return;
    }
    prev = r;
    requestAnimationFrame(onRaf);
  };
  new MutationObserver((records) => {
    perf.mutations += records.length;
    perf.lastMutation = performance.now();
    pending = true;
    if (!chain) {
      chain = true;
      prev = 0;
      requestAnimationFrame(onRaf);
    }
  }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });

  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const quiet = async (quietMs, timeoutMs) => {
    const start = performance.now();
    for (;;) {
      if (perf.errors.length) throw new Error(`page error: ${perf.errors.join('; ')}`);
      const now = performance.now();
      if (perf.mutations > 0 && !chain && now - perf.lastMutation >= quietMs) return;
      if (now - start > timeoutMs)
        throw new Error(`no quiet period within ${timeoutMs} ms (${perf.mutations} mutations)`);
      await sleep(25);
    }
  };
  perf.settled = async (quietMs = 400, timeoutMs = 60000) => {
    await quiet(quietMs, timeoutMs);
    return {
      firstRenderMs: perf.lastFrame - perf.t0,
      presentedMs: perf.presented - perf.t0,
      layoutMs: perf.layoutMs ?? null,
      elements: root.querySelectorAll('*').length,
    };
  };

  const fire = (el, type, init, Ctor) => el.dispatchEvent(new Ctor(type, init));
  const pointer = (el, x, y, phase) => {
    const init = { bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y, view: window };
    const p = { ...init, pointerId: 1, pointerType: 'mouse', isPrimary: true };
    if (phase === 'in') {
      fire(el, 'pointerover', p, PointerEvent);
      fire(el, 'pointerenter', { ...p, bubbles: false }, PointerEvent);
      fire(el, 'mouseover', init, MouseEvent);
      fire(el, 'mouseenter', { ...init, bubbles: false }, MouseEvent);
      fire(el, 'pointermove', p, PointerEvent);
      fire(el, 'mousemove', init, MouseEvent);
    } else {
      fire(el, 'pointerout', p, PointerEvent);
      fire(el, 'pointerleave', { ...p, bubbles: false }, PointerEvent);
      fire(el, 'mouseout', init, MouseEvent);
      fire(el, 'mouseleave', { ...init, bubbles: false }, MouseEvent);
    }
  };
  // Runs `act` and waits for the DOM and the frames to settle: the first content frame after it (`ms`) and when that
  // frame was presented (`presentedMs`); null times when nothing changed. A user-timing mark (`pl-…`) is set just
  // before the act: in a trace, the harness finds the frame that drew the change after it (lib/measure.mjs).
  const measure = async (act, timeoutMs, mark = 'pl-act') => {
    const m0 = perf.mutations;
    const n0 = perf.contentFrames.length;
    performance.mark(mark);
    const t = performance.now();
    act();
    for (;;) {
      await sleep(20);
      const changed = perf.mutations > m0;
      if (changed && !chain && perf.contentFrames.length > n0) break;
      if ((!changed && performance.now() - t > 2000) || performance.now() - t > timeoutMs) break;
    }
    const first = perf.contentFrames[n0];
    return {
      ms: first === undefined ? null : first - t,
      presentedMs: first === undefined || chain ? null : perf.presented - t,
      changes: perf.mutations - m0,
    };
  };
  const interact = (target, x, y, phase, timeoutMs, mark) =>
    measure(() => pointer(target, x, y, phase), timeoutMs, mark);
  const hoverOnce = async (i, timeoutMs) => {
    // An element, or where a mark drawn on a canvas is: `{ element, x, y, label }` (x, y in the element's box).
    const found = perf.hoverTarget?.(i);
    if (!found) return { error: 'no hover target' };
    const at = found instanceof Element ? null : found;
    const mark = at ? at.element : found;
    mark.scrollIntoView({ block: 'center', inline: 'center' });
    if (at) {
      // A point in a big element: bring the point itself to the middle of the window.
      const b = mark.getBoundingClientRect();
      window.scrollBy(b.left + at.x - innerWidth / 2, b.top + at.y - innerHeight / 2);
    }
    await quiet(100, timeoutMs);
    const box = mark.getBoundingClientRect();
    const x = at ? box.left + at.x : box.left + box.width / 2;
    const y = at ? box.top + at.y : box.top + box.height / 2;
    // What a real pointer at the mark's centre would hit (an overlay above the marks, say), if it is in the chart.
    const hit = document.elementFromPoint(x, y);
    const target = hit && root.contains(hit) ? hit : mark;
    const result = await interact(target, x, y, 'in', timeoutMs, `pl-hover-${i}`);
    await sleep(50);
    await interact(target, x, y, 'out', timeoutMs);
    const label = at?.label ?? mark.getAttribute('aria-label') ?? mark.getAttribute('data-park') ?? '';
    return { ...result, target: `${target.tagName.toLowerCase()} ${label.slice(0, 40)}` };
  };
  /** Hovers mark A (the first hover after render), then mark B (warm) unless the first took over 200 ms. */
  perf.hoverSequence = async (timeoutMs = 30000) => {
    const cold = await hoverOnce(0, timeoutMs);
    return { cold, warm: cold.ms !== null && cold.ms < 200 ? await hoverOnce(1, timeoutMs) : {} };
  };
  // Controlled selection: the page's `select` hook re-renders the chart with selectedId = the plan's park (map,
  // network) or partnership (timeline, `selectId`); then back to null.
  const selectOnce = async (i, timeoutMs) => {
    if (!perf.select) return { error: 'no select hook' };
    const id = perf.selectId ? perf.selectId(i) : window.__HOVER.parks[i];
    await quiet(100, timeoutMs);
    const result = await measure(() => perf.select(id), timeoutMs, `pl-select-${i}`);
    await sleep(50);
    await measure(() => perf.select(null), timeoutMs);
    return { ...result, target: id };
  };
  /** Selects A (cold: the first selection after render), then B (warm) unless the first took over 200 ms. */
  perf.selectSequence = async (timeoutMs = 30000) => {
    const cold = await selectOnce(0, timeoutMs);
    return { cold, warm: cold.ms !== null && cold.ms < 200 ? await selectOnce(1, timeoutMs) : {} };
  };
})();
