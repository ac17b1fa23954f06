import { uiMessages } from '@parklinks/core';
import type { Dataset } from '@parklinks/data';
import { renamedPartnershipIds } from '@parklinks/data/dataset';
import { createElement, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { type EmbedOptions, observedAttributes, parseAttributes } from './attributes.js';
import { applyStyle, hostSheet, wrapperStyle } from './hostStyles.js';
import { LOAD_TIMEOUT_MS, loadDataset } from './loadDataset.js';
import type { DrawView } from './viewFactory.js';
import { whenNearViewport } from './whenNearViewport.js';

/**
 * `selected` as the data knows it: an id the data has stays; an old id of a renamed built-in partnership
 * (data/renamed.yaml) becomes its new id, so embed codes written before a rename keep selecting the record.
 */
function currentId(id: string | undefined, data: Dataset): string | undefined {
  if (id === undefined || !Object.hasOwn(renamedPartnershipIds, id)) return id;
  if (data.partnerships.some((p) => p.id === id)) return id;
  return renamedPartnershipIds[id as keyof typeof renamedPartnershipIds];
}

/** Where an element gets its records when it has no `src`. */
export type DataSource = Dataset | (() => Dataset) | undefined;

/**
 * Fired (bubbling, composed) when the reader selects or clears a mark: `detail.id` is the id or
 * null; the explorer adds `detail.type` ('organization' or 'partnership').
 */
export type ParklinksSelectEvent = CustomEvent<{ id: string | null; type?: 'organization' | 'partnership' }>;

const problemStyle = {
  margin: 0,
  padding: '0.6em 0.8em',
  border: '1px solid #b42318',
  borderRadius: 4,
  background: '#fef3f2',
  color: '#7a271a',
  fontSize: '0.875em',
  overflowWrap: 'anywhere',
} as const;

function problem(tag: string, locale: EmbedOptions['locale'], lines: string[]): ReactElement {
  return createElement(
    'div',
    { role: 'alert', style: problemStyle, lang: 'en', dir: 'ltr' },
    createElement('strong', { lang: locale }, uiMessages(locale).renderError),
    ...lines.map((l) => createElement('div', { key: l }, `<${tag}> ${l}`)),
  );
}

const loadingStyle = { margin: 0, padding: '0.6em 0.8em', color: '#475467', fontSize: '0.875em' } as const;

function loading(locale: EmbedOptions['locale']): ReactElement {
  return createElement(
    'div',
    { role: 'status', 'aria-live': 'polite', lang: locale, style: loadingStyle },
    uiMessages(locale).loading,
  );
}

const quote = (v: string) => JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);

/**
 * The class behind `<parklinks-map>` and its siblings: a Shadow DOM host that parses its attributes,
 * waits until it nears the viewport, loads its data (shared by URL) and renders one chart. It
 * re-renders on attribute changes and unmounts everything it made when removed from the page.
 * `view` is the view's name (`map` …, `explorer`); `draw` renders it (see `views`, `chartView`).
 */
export function createChartElement(view: string, draw: DrawView, defaultData: DataSource): CustomElementConstructor {
  return class ParklinksChartElement extends HTMLElement {
    static observedAttributes = [...observedAttributes];
    /** Ms to wait for the data at `src` before showing a message naming the URL (tests set it lower). */
    static loadTimeout = LOAD_TIMEOUT_MS;
    #mount: HTMLDivElement;
    #root: Root | null = null;
    #cancelWait: (() => void) | null = null;
    #scheduled = false;
    #generation = 0;

    constructor() {
      super();
      const shadow = this.attachShadow({ mode: 'open' });
      const sheet = hostSheet();
      this.#mount = document.createElement('div');
      this.#mount.className = 'parklinks-embed';
      if (sheet) shadow.adoptedStyleSheets = [sheet];
      else applyStyle(this.#mount, wrapperStyle);
      shadow.append(this.#mount);
    }

    connectedCallback() {
      if (this.#root || this.#cancelWait) return;
      this.#reserveSpace();
      if (this.getAttribute('loading') === 'eager') this.#start();
      else
        this.#cancelWait = whenNearViewport(this, () => {
          this.#cancelWait = null;
          if (this.isConnected) this.#start();
        });
    }

    disconnectedCallback() {
      this.#cancelWait?.();
      this.#cancelWait = null;
      this.#generation += 1;
      this.#root?.unmount();
      this.#root = null;
    }

    attributeChangedCallback() {
      if (!this.#root || this.#scheduled) return;
      // Several attributes set in one task render once.
      this.#scheduled = true;
      queueMicrotask(() => {
        this.#scheduled = false;
        if (this.#root) this.#refresh();
      });
    }

    /** Whether the chart has been drawn (it waits for the viewport unless `loading="eager"`). */
    get rendered(): boolean {
      return this.#root !== null;
    }

    /**
     * Until it renders, the element holds about the height its chart will take: the page does not
     * jump when it appears, and elements further down stay out of the viewport (and lazy).
     */
    #reserveSpace() {
      const h = Number.parseInt(this.getAttribute('height') ?? '', 10);
      const w = this.getBoundingClientRect().width || 600;
      const reserve = h >= 120 && h <= 4000 ? h : Math.max(200, Math.round(w * 0.56));
      this.#mount.style.setProperty('min-height', `${reserve}px`);
    }

    #start() {
      this.#root = createRoot(this.#mount);
      this.#refresh();
    }

    /** Updates, and shows anything it throws in place: nothing may reject unhandled. */
    #refresh() {
      const generation = this.#generation + 1;
      this.#update().catch((e: unknown) => {
        if (generation !== this.#generation) return;
        const locale = parseAttributes((name) => this.getAttribute(name)).options.locale;
        this.#render(problem(this.localName, locale, [e instanceof Error ? e.message : String(e)]));
      });
    }

    #onSelect = (id: string | null, type?: 'organization' | 'partnership') => {
      // The explorer keeps its own selection; the single charts reflect theirs in `selected`.
      if (view !== 'explorer') {
        if (id === null) this.removeAttribute('selected');
        else this.setAttribute('selected', id);
      }
      const detail = type ? { id, type } : { id };
      this.dispatchEvent(new CustomEvent('parklinks-select', { detail, bubbles: true, composed: true }));
    };

    async #update() {
      const generation = ++this.#generation;
      const tag = this.localName;
      const { options, problems } = parseAttributes(
        (name) => this.getAttribute(name),
        this.closest('[lang]')?.getAttribute('lang') ?? undefined,
      );
      if (problems.length > 0) return this.#render(problem(tag, options.locale, problems));
      let data: Dataset | undefined;
      if (options.src) {
        let url: string;
        try {
          url = new URL(options.src, document.baseURI).href;
        } catch {
          return this.#render(problem(tag, options.locale, [`src: ${quote(options.src)} is not a URL`]));
        }
        // At once, so a slow server leaves a message, not a blank box; the space stays reserved.
        this.#render(loading(options.locale), false);
        const timeout = (this.constructor as { loadTimeout?: number }).loadTimeout ?? LOAD_TIMEOUT_MS;
        const r = await loadDataset(url, undefined, timeout);
        // The element was removed or changed while the data loaded.
        if (generation !== this.#generation || !this.#root) return;
        if (!r.ok) return this.#render(problem(tag, options.locale, [`src: ${r.problem}`]));
        data = r.data;
      } else data = typeof defaultData === 'function' ? defaultData() : defaultData;
      if (!data) return this.#render(problem(tag, options.locale, ['src: no data set (set src to a data set URL)']));
      this.#render(
        draw({
          data,
          locale: options.locale,
          theme: options.theme,
          selectedId: currentId(options.selected, data) ?? null,
          onSelect: this.#onSelect,
          ...(options.height !== undefined ? { height: options.height } : {}),
          ...(options.filter ? { filter: options.filter } : {}),
          ...(options.heading ? { title: options.heading } : {}),
        }),
      );
    }

    #render(el: ReactElement, final = true) {
      if (!this.#root) return;
      this.#root.render(el);
      if (!final) return;
      // The chart (or the message) is in place once React has committed: give the space back.
      requestAnimationFrame(() => requestAnimationFrame(() => this.#mount.style.removeProperty('min-height')));
    }
  };
}
