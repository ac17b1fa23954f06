// Drives one page load in Chromium: first render, layout time, JS heap after render (after a forced GC), and
// hover-highlight time (first hover after render, then a second mark). One fresh tab per load.
import { isBrowserNoise } from '../../browser/browserNoise.mjs';
import { chromiumArgs, launch } from '../../browser/chromium.mjs';

/** A headless Chromium for the benchmark (the shared launcher; a tall viewport so a chart never scrolls). */
export function launchBench() {
  return launch({ args: [...chromiumArgs, '--enable-precise-memory-info'], viewport: { width: 1280, height: 1200 } });
}

/** Chromium's product string, e.g. "HeadlessChrome/153.0.8010.0". */
export async function browserVersion(context) {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    return (await cdp.send('Browser.getVersion')).product;
  } finally {
    await page.close();
  }
}

/**
 * The steps from each act to the draw that showed it, from a trace of the hovers and selections: for each mark the
 * probe sets just before an act (`pl-hover-0`, `pl-select-1`, … and `pl-act` for the pointer leaving or the selection
 * cleared), the first content frame after it (the probe's `pl-frame` mark, set in the rAF that first sees the DOM
 * changed), that frame's compositor commit, the activation of that tree once its tiles are rastered, and the end of
 * the next `Display::DrawAndSwap`, all before the next act; and the raster tasks between the commit and the
 * activation. Ms from the act's mark, null where a step is not found; by mark name (`pl-act` left out).
 */
export function actSteps(events) {
  const userMarks = events
    .filter((e) => typeof e.name === 'string' && e.name.startsWith('pl-') && e.cat?.includes('user_timing'))
    .sort((a, b) => a.ts - b.ts);
  const frames = userMarks.filter((e) => e.name === 'pl-frame');
  const marks = userMarks.filter((e) => e.name !== 'pl-frame');
  const spans = (name) => events.filter((e) => e.name === name && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  const commits = spans('ProxyImpl::Commit');
  const activations = spans('LayerTreeHostImpl::ActivateSyncTree');
  const draws = spans('Display::DrawAndSwap');
  const rasters = spans('RasterTask');
  const out = {};
  marks.forEach((mark, k) => {
    const until = marks[k + 1]?.ts ?? Number.POSITIVE_INFINITY;
    const frame = frames.find((e) => e.ts >= mark.ts && e.ts < until);
    const commit = frame && commits.find((e) => e.ts >= frame.ts && e.ts < until);
    const activation = commit && activations.find((e) => e.ts >= commit.ts && e.ts < until);
    const draw = activation && draws.find((e) => e.ts >= activation.ts && e.ts < until);
    const since = (e, end = 0) => (e ? (e.ts + end - mark.ts) / 1000 : null);
    if (mark.name !== 'pl-act')
      out[mark.name] = {
        frame: since(frame),
        commit: since(commit),
        activated: since(activation),
        drawn: since(draw, draw?.dur ?? 0),
        rasterTasks: activation ? rasters.filter((e) => e.ts >= commit.ts && e.ts <= activation.ts).length : null,
      };
  });
  return out;
}

/**
 * When each measured act's change was drawn (`actSteps`' `drawn`), by mark name. The probe's own "presented" is the
 * rAF after the content frame, which in this Chromium can come before the committed tiles are rastered, or after the
 * draw (notes, session 14): this is the painted frame.
 */
export function drawnAfterMarks(events) {
  return Object.fromEntries(Object.entries(actSteps(events)).map(([name, steps]) => [name, steps.drawn]));
}

const withTimeout = (promise, ms, what) =>
  Promise.race([
    promise,
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`${what}: no result within ${ms / 1000} s`)), ms).unref(),
    ),
  ]);

/**
 * Loads `url` in a new tab and measures it. Resolves to {firstRenderMs, presentedMs, layoutMs, heapMB, elements,
 * hoverMs?, hoverPresentedMs?, hoverDrawnMs?, hoverWarmMs?, hoverChanges?, hoverTarget?, selectMs?, selectPresentedMs?,
 * selectDrawnMs?, …} or
 * {error}. `hover`: pointer hover of the plan's marks; `select`: the page's controlled selection of the same ids.
 */
export async function measurePage(
  context,
  url,
  { quietMs = 300, timeoutMs = 60_000, hover = true, select = hover, profile } = {},
) {
  const page = await context.newPage();
  const messages = [];
  page.on('pageerror', (e) => messages.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !isBrowserNoise(m)) messages.push(m.text());
  });
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const startProfile = async () => {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
      await cdp.send('Profiler.start');
    };
    if (profile && !profile.hoverOnly) await startProfile();
    const render = await withTimeout(
      (async () => {
        await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
        return page.evaluate(([q, t]) => window.__perf.settled(q, t), [quietMs, timeoutMs]);
      })(),
      timeoutMs,
      'render',
    );
    // A page's own preparation for the hovers (finding marks drawn on a canvas), then its garbage collected.
    if (hover) await page.evaluate(() => window.__perf.prepare?.());
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
    if (profile?.hoverOnly) await startProfile();
    // The hovers and selections are traced (not the load): when each change was drawn (`drawnAfterMarks`).
    const events = [];
    const traced = (hover || select) && !profile;
    if (traced) {
      cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
      await cdp.send('Tracing.start', { categories: 'blink.user_timing,cc,viz', transferMode: 'ReportEvents' });
    }
    const h = hover
      ? await withTimeout(
          page.evaluate(() => window.__perf.hoverSequence()),
          timeoutMs,
          'hover',
        )
      : null;
    const sel = select
      ? await withTimeout(
          page.evaluate(() => window.__perf.selectSequence()),
          timeoutMs,
          'select',
        )
      : null;
    if (profile) profile.data = (await cdp.send('Profiler.stop')).profile;
    let drawn = {};
    if (traced) {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await withTimeout(complete, 30_000, 'trace');
      drawn = drawnAfterMarks(events);
    }
    return {
      firstRenderMs: render.firstRenderMs,
      presentedMs: render.presentedMs,
      layoutMs: render.layoutMs,
      heapMB: heap / 2 ** 20,
      elements: render.elements,
      ...(h
        ? {
            hoverMs: h.cold.ms ?? null,
            hoverPresentedMs: h.cold.presentedMs ?? null,
            hoverWarmMs: h.warm.ms ?? null,
            hoverWarmPresentedMs: h.warm.presentedMs ?? null,
            hoverDrawnMs: drawn['pl-hover-0'] ?? null,
            hoverWarmDrawnMs: drawn['pl-hover-1'] ?? null,
            hoverChanges: h.cold.changes ?? 0,
            hoverTarget: h.cold.target ?? h.cold.error,
          }
        : {}),
      ...(sel && !sel.cold.error
        ? {
            selectMs: sel.cold.ms ?? null,
            selectPresentedMs: sel.cold.presentedMs ?? null,
            selectWarmMs: sel.warm.ms ?? null,
            selectWarmPresentedMs: sel.warm.presentedMs ?? null,
            selectDrawnMs: drawn['pl-select-0'] ?? null,
            selectWarmDrawnMs: drawn['pl-select-1'] ?? null,
            selectTarget: sel.cold.target,
          }
        : {}),
      ...(messages.length ? { messages: messages.slice(0, 5) } : {}),
    };
  } catch (e) {
    return {
      error: String(e.message ?? e)
        .split('\n')[0]
        .slice(0, 500),
      messages: messages.slice(0, 5),
    };
  } finally {
    await withTimeout(page.close({ runBeforeUnload: false }), 15_000, 'close').catch(() => {});
  }
}
