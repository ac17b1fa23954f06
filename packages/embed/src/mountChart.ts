import {
  formatNumber,
  parseSelection,
  pluralCategory,
  type Scene,
  type Steps,
  sceneMarksToSvg,
  sceneToSvg,
  uiMessages,
} from '@parklinks/core';
import { type Dataset, filterDataset } from '@parklinks/data';
import type { EmbedOptions } from './attributes.js';
import { parseAttributes } from './attributes.js';
import { currentId } from './currentId.js';
import { type ChartController, LOAD_TIMEOUT_MS, type MountView } from './element/hostElement.js';
import { frameAllowance, MIN_HEIGHT, reservedHeight } from './element/reserve.js';
import type { LiveChart, LiveProps } from './liveChart.js';
import { loadDataset } from './loadDataset.js';
import { staticTheme } from './staticTheme.js';

/** Where an element gets its records when it has no `src`: a data set, or a function returning one (or its promise). */
export type DataSource = Dataset | ((locale: EmbedOptions['locale']) => Dataset | Promise<Dataset>) | undefined;

/**
 * Fired (bubbling, composed) when the reader selects or clears a mark: `detail.id` is the id or
 * null; the explorer adds `detail.type` ('organization' or 'partnership').
 */
export type ParklinksSelectEvent = CustomEvent<{ id: string | null; type?: 'organization' | 'partnership' }>;

/** What a first paint needs to know to lay a chart out. */
export type StaticSceneOptions = {
  width: number;
  /** The drawing's height; absent: the chart's own. */
  height?: number;
  locale: EmbedOptions['locale'];
  theme: 'light' | 'dark';
  title?: string;
  selection: ReturnType<typeof parseSelection>;
  /** The element's whole data set (the scene draws `data`, this filtered by the element's attributes). */
  whole: Dataset;
  /** Whether the element's attributes filter the data. */
  filtered: boolean;
};

/**
 * A view's code, as the loader's chunks provide it: `scene` lays the chart out for its first paint (a static SVG
 * drawn from the scene: no framework, a few short tasks), `live` loads the interactive chart, which replaces it
 * when the reader first points at, touches or focuses it. Without `scene` the live chart is drawn at once.
 */
export type ViewCode = {
  scene?: (data: Dataset, options: StaticSceneOptions) => Promise<Scene>;
  live: () => Promise<LiveChart>;
  /**
   * How the chart keeps to the element's height: `fit` draws its drawing at the height that leaves room for its
   * frame; `scroll` draws it at its own height (the timeline's grows with its rows) and scrolls inside the element.
   * Default `fit`; the explorer takes its own height.
   */
  keep?: 'fit' | 'scroll';
  /** Completes the built-in data set (summaries, sources) before a download needs them. */
  details?: () => Promise<void>;
  /** Props of the interactive chart besides the element's (e.g. the network's positions laid out at build time). */
  liveProps?: (data: Dataset, filtered: boolean) => Record<string, unknown>;
};

/** A message in the element's box, in place of the chart (plain DOM: no framework needed to say what is wrong). */
function problem(box: HTMLElement, tag: string, locale: EmbedOptions['locale'], lines: string[]) {
  const div = document.createElement('div');
  div.setAttribute('role', 'alert');
  div.className = 'parklinks-problem';
  div.lang = 'en';
  div.dir = 'ltr';
  const strong = document.createElement('strong');
  strong.lang = locale;
  strong.textContent = uiMessages(locale).renderError;
  div.append(strong);
  for (const l of lines) {
    const line = document.createElement('div');
    line.textContent = `<${tag}> ${l}`;
    div.append(line);
  }
  box.replaceChildren(div);
}

function loading(box: HTMLElement, locale: EmbedOptions['locale']) {
  const div = document.createElement('div');
  div.setAttribute('role', 'status');
  div.setAttribute('aria-live', 'polite');
  div.className = 'parklinks-loading';
  div.lang = locale;
  div.textContent = uiMessages(locale).loading;
  box.replaceChildren(div);
}

const quote = (v: string) => JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);

/**
 * Lets the browser paint and handle input before the next step (`scheduler.yield` where there is one). `step` names
 * the step just done in the page's User Timing (`parklinks:<step>` marks, seen in a browser's performance panel).
 */
export const nextTask = (step?: string): Promise<void> => {
  if (step && typeof performance !== 'undefined') performance.mark(`parklinks:${step}`);
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : new Promise((r) => setTimeout(r, 0));
};

/**
 * Runs a chart's `steps` (core's `build*SceneSteps`) a few at a time: once the current task has run `budget` ms, it
 * yields to the browser before the next step, so no task is much longer than its longest step. Each step is a User
 * Timing mark.
 */
export async function runInTasks<T>(steps: Steps<T>, budget = 20): Promise<T> {
  let start = performance.now();
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (performance.now() - start < budget) performance.mark(`parklinks:${step.value}`);
    else {
      await nextTask(step.value);
      start = performance.now();
    }
  }
}

/** The class of a static picture while its marks are added (unseen); `parklinks-static` once shown. */
export const BUILDING_CLASS = 'parklinks-building';

/** Marks parsed in a first paint's first batch (it runs cold; the later ones are sized by `nextBatch`). */
const MARKS_PER_BATCH = 16;
/** What a batch of marks should take to write and parse, in ms: the next batch is sized from the last one's pace. */
const BATCH_MS = 12;

/**
 * The number of marks in the next batch of a first paint, after a batch of `count` marks took `ms`: as many as take
 * about BATCH_MS at that pace (a slow phone parses fewer per task; the first batches run cold and slow), 4–160.
 */
export const nextBatch = (count: number, ms: number): number =>
  Math.max(4, Math.min(160, Math.round((count * BATCH_MS) / Math.max(ms, 0.5))));

/** The events that make a static first paint interactive: the reader points at, touches or focuses the chart. */
const wakeEvents = ['pointermove', 'pointerdown', 'touchstart', 'focusin', 'keydown'] as const;

/**
 * A view's code for an element: parses the element's attributes, loads its data (shared by URL; the built-in
 * data set when it has no `src`), paints the chart first as a static SVG from its scene, fitted to the height the
 * element reserved (the page does not move), and swaps in the interactive chart when the reader reaches for it.
 * Redraws on attribute and width changes. Anything that goes wrong is shown in place.
 */
export function mountView(view: string, code: ViewCode, defaultData: DataSource): MountView {
  return (host, box) => {
    // The chart (static, live, or a message) is drawn in `slot`; the download menu sits beside it in `box`.
    const slot = document.createElement('div');
    slot.className = 'parklinks-slot';
    box.replaceChildren(slot);
    let menu: HTMLElement | null = null;
    let generation = 0;
    let drawn = false;
    let destroyed = false;
    let width = Math.round(box.getBoundingClientRect().width);
    let live: LiveChart | null = null;
    let waking: Promise<void> | null = null;
    let last: { data: Dataset; options: EmbedOptions } | null = null;
    const get = (name: string) => host.getAttribute(name);
    const timeout = () => (host.constructor as { loadTimeout?: number }).loadTimeout ?? LOAD_TIMEOUT_MS;

    const onSelect = (id: string | null, type?: 'organization' | 'partnership') => {
      // The explorer keeps its own selection; the single charts reflect theirs in `selected`.
      if (view !== 'explorer') {
        if (id === null) host.removeAttribute('selected');
        else host.setAttribute('selected', id);
      }
      const detail = type ? { id, type } : { id };
      host.dispatchEvent(new CustomEvent('parklinks-select', { detail, bubbles: true, composed: true }));
    };

    const keep = view === 'explorer' ? 'own' : (code.keep ?? 'fit');
    /** A chart that scrolls inside the element has the element's height fixed, not only reserved. */
    const holdHeight = () => {
      if (keep !== 'scroll') return;
      slot.style.setProperty('height', `${reservedHeight(view, width, get('height'))}px`);
      slot.style.setProperty('overflow-y', 'auto');
    };

    const liveProps = (data: Dataset, options: EmbedOptions): LiveProps => ({
      view,
      data,
      options,
      width,
      height: keep === 'fit' ? reservedHeight(view, width, get('height')) : undefined,
      selectedId: currentId(options.selected, data) ?? null,
      onSelect,
      more: code.liveProps?.(data, !!options.filter) ?? {},
    });
    /** The live chart replacing the static picture, over a few tasks (see LiveChart.wake); draws wait for it. */
    let swapping = false;
    let redraw = false;
    /** The live chart is in the box: the element is drawn, with its download menu. */
    const liveShown = () => {
      // The explorer is not fitted: its height is its own once drawn.
      if (keep === 'own') requestAnimationFrame(() => box.style.removeProperty('min-height'));
      drawn = true;
      if (!menu && get('download') !== 'off') addMenu();
    };
    const drawLive = (data: Dataset, options: EmbedOptions) => {
      if (swapping) {
        redraw = true;
        return;
      }
      holdHeight();
      live?.draw(slot, liveProps(data, options));
      liveShown();
    };

    /** The chart's own download menu (SVG, PNG, the CSV of the records shown); `download="off"` leaves it out. */
    const addMenu = () => {
      const el = document.createElement('span');
      menu = el;
      box.append(el);
      import('./download/chartMenu.js').then(({ chartMenu }) => {
        if (menu !== el || !last) return;
        const source = {
          view,
          shown: () => last!,
          width: () => width,
          ...(code.details ? { details: code.details } : {}),
        };
        const created = chartMenu(source, last.options);
        menu = created;
        el.replaceWith(created);
      });
    };

    const paintStatic = async (data: Dataset, options: EmbedOptions, g: number) => {
      // The data chunk was parsed in this task: lay out in the next. The locale's number and plural rules are made
      // in a task of their own first (creating them loads ICU data: tens of ms on a slow phone).
      await nextTask('data');
      formatNumber(options.locale, 1);
      pluralCategory(options.locale, 1);
      await nextTask('intl');
      if (g !== generation || live) return;
      const target = reservedHeight(view, width, get('height'));
      const shown = options.filter ? filterDataset(data, options.filter) : data;
      const selected = currentId(options.selected, data);
      const scene = await code.scene!(shown, {
        width,
        // The drawing as tall as the interactive chart will draw it, so that waking it moves nothing.
        ...(keep === 'fit' ? { height: Math.max(MIN_HEIGHT, target - frameAllowance(width, view)) } : {}),
        locale: options.locale,
        theme: staticTheme(options.theme),
        ...(options.heading ? { title: options.heading } : {}),
        selection: parseSelection(selected ?? null, (id) => data.partnerships.some((p) => p.id === id)),
        whole: data,
        filtered: !!options.filter,
      });
      if (g !== generation || live) return;
      await nextTask('scene');
      if (g !== generation || live) return;
      // The frame first, with an empty slot per layer of the drawing; then the layers' marks written and parsed into
      // their slots, a batch at a time (a whole map, or the network's named nodes, in one go was a long task on a slow
      // phone); then painted at once.
      const wrap = document.createElement('div');
      wrap.className = BUILDING_CLASS;
      wrap.tabIndex = 0;
      wrap.setAttribute('role', 'figure');
      wrap.setAttribute('aria-label', scene.title);
      // The element's font, inherited (reading it with getComputedStyle would force a style pass in this task).
      wrap.innerHTML = sceneToSvg(scene, { padding: 0, fontFamily: 'inherit', layers: 'slots' });
      // The drawing is scaled to the element's height, or scrolls inside it: the article keeps the space it was given.
      if (keep === 'fit') {
        wrap.firstElementChild?.setAttribute('preserveAspectRatio', 'xMidYMin meet');
        wrap.style.setProperty('height', `${target}px`);
      } else wrap.classList.add('parklinks-own-height');
      holdHeight();
      // In the page from the start but unseen (BUILDING_CLASS: opacity 0; in the flow in an empty slot, where it is
      // shown without being laid out again; over a message or an earlier picture), so that each batch of marks is laid
      // out as it comes: the whole picture laid out at once was one 100–240 ms frame on a slow phone. Shown, in place
      // of what was there, once complete.
      wrap.setAttribute('aria-hidden', 'true');
      slot.append(wrap);
      const stale = () => {
        if (g === generation && !live) return false;
        wrap.remove();
        return true;
      };
      // The frame (title, axes, legend) laid out in a task of its own, before any marks (the first batch waits for
      // the next task when this took long).
      await nextTask('svg:frame');
      if (stale()) return;
      let start = performance.now();
      wrap.getBoundingClientRect();
      const layers = [...wrap.querySelectorAll<SVGGElement>('g[data-layer]')];
      const parser = document.createElement('template');
      let batch = MARKS_PER_BATCH;
      for (const [i, layer] of layers.entries()) {
        const count = scene.layers[i]?.marks.length ?? 0;
        for (let from = 0; from < count; ) {
          if (performance.now() - start > 20 - BATCH_MS / 2) {
            await nextTask('svg:marks');
            if (stale()) return;
            start = performance.now();
          }
          const t1 = performance.now();
          const marks = sceneMarksToSvg(scene, i, from, from + batch);
          parser.innerHTML = `<svg xmlns="http://www.w3.org/2000/svg">${marks}</svg>`;
          const parsed = parser.content.firstElementChild;
          if (parsed) layer.append(...parsed.childNodes);
          // Laid out here, the batch alone, in the task that paced it (left to the next frame, the browser laid out
          // every batch of the picture at once).
          wrap.getBoundingClientRect();
          const done = Math.min(batch, count - from);
          from += done;
          batch = nextBatch(done, performance.now() - t1);
        }
      }
      await nextTask('svg');
      if (stale()) return;
      // What it covered goes (not replaceChildren: re-inserting the picture would lay all of it out again).
      for (const n of [...slot.childNodes]) if (n !== wrap) n.remove();
      wrap.removeAttribute('aria-hidden');
      wrap.classList.replace(BUILDING_CLASS, 'parklinks-static');
      drawn = true;
      performance.mark('parklinks:painted');
    };

    const update = async () => {
      const g = ++generation;
      const tag = host.localName;
      const { options, problems } = parseAttributes(get, host.closest('[lang]')?.getAttribute('lang') ?? undefined);
      if (problems.length > 0) return show(() => problem(slot, tag, options.locale, problems));
      let data: Dataset | undefined;
      if (options.src) {
        let url: string;
        try {
          url = new URL(options.src, document.baseURI).href;
        } catch {
          return show(() => problem(slot, tag, options.locale, [`src: ${quote(options.src!)} is not a URL`]));
        }
        // At once, so a slow server leaves a message, not a blank box; the space stays reserved.
        if (!drawn) {
          live?.clear(slot);
          loading(slot, options.locale);
        }
        const r = await loadDataset(url, undefined, timeout());
        // The element was removed or changed while the data loaded.
        if (g !== generation || destroyed) return;
        if (!r.ok) return show(() => problem(slot, tag, options.locale, [`src: ${r.problem}`]));
        data = r.data;
      } else {
        data = typeof defaultData === 'function' ? await defaultData(options.locale) : defaultData;
        if (g !== generation || destroyed) return;
      }
      if (!data)
        return show(() => problem(slot, tag, options.locale, ['src: no data set (set src to a data set URL)']));
      last = { data, options };
      if (live || !code.scene) {
        await wake();
        // A data set fetched since (another locale's built-in copy) is completed before the live chart reads it.
        await code.details?.();
        if (g === generation && !destroyed) drawLive(data, options);
      } else await paintStatic(data, options, g);
    };

    /** Shows a message (plain DOM) in place of whatever was drawn. */
    const show = (put: () => void) => {
      last = null;
      live?.clear(slot);
      menu?.remove();
      menu = null;
      put();
      drawn = true;
    };

    /** Loads the interactive chart (once) and draws it in place of the static paint. */
    const wake = (): Promise<void> => {
      waking ??= code.live().then(async (l) => {
        for (const e of wakeEvents) host.removeEventListener(e, onWake);
        // Its code was evaluated and the details merged in this task: the render gets a task of its own.
        await nextTask('live:loaded');
        if (destroyed) return;
        const g = generation;
        live = l;
        if (last && slot.querySelector('.parklinks-static')) {
          // The static picture stays until the live chart is drawn, measured and fitted behind it.
          holdHeight();
          swapping = true;
          const shown = await l.wake(slot, liveProps(last.data, last.options), (step) =>
            nextTask(step).then(() => !destroyed && g === generation),
          );
          swapping = false;
          if (destroyed) return;
          // Stopped because the element changed: its update draws the chart (or a message) once this resolves.
          if (shown) liveShown();
          // Resized or changed while being swapped in: drawn again, at once.
          if (shown && redraw && last) drawLive(last.data, last.options);
          redraw = false;
        } else if (last) drawLive(last.data, last.options);
      });
      return waking;
    };
    const onWake = () => {
      if (!last) return;
      wake().catch((e: unknown) => {
        const locale = parseAttributes(get).options.locale;
        show(() => problem(slot, host.localName, locale, [e instanceof Error ? e.message : String(e)]));
      });
    };
    if (code.scene) for (const e of wakeEvents) host.addEventListener(e, onWake, { passive: true });

    /** Updates, and shows anything it throws in place: nothing may reject unhandled. */
    const refresh = () => {
      const g = generation + 1;
      update().catch((e: unknown) => {
        if (g !== generation) return;
        const locale = parseAttributes(get).options.locale;
        show(() => problem(slot, host.localName, locale, [e instanceof Error ? e.message : String(e)]));
      });
    };

    const controller: ChartController = {
      update: refresh,
      resize(w) {
        width = w;
        if (!last) return;
        if (live) drawLive(last.data, last.options);
        else refresh();
      },
      destroy() {
        destroyed = true;
        generation += 1;
        for (const e of wakeEvents) host.removeEventListener(e, onWake);
        live?.clear(slot);
      },
      get drawn() {
        return drawn;
      },
    };
    refresh();
    return controller;
  };
}
