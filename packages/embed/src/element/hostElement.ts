// The class behind `<parklinks-map>` and its siblings, small enough for the loader: it holds the element's space,
// waits until the element nears the viewport, then loads the view's code (`load`) and hands the element to it.
// Nothing here imports React, the charts or the data.
import { observedAttributes } from './attributeNames.js';
import { applyStyle, hostSheet, wrapperStyle } from './hostStyles.js';
import { reservedHeight } from './reserve.js';
import { whenNearViewport } from './whenNearViewport.js';

/** What a view's code does with an element once it has loaded: draws it, and redraws it on change. */
export type ChartController = {
  /** The element's attributes changed (several changes in one task come as one call). */
  update(): void;
  /** The element's width changed (px). */
  resize(width: number): void;
  /** The element left the page: unmount everything. */
  destroy(): void;
  /** Whether the chart (or a message in its place) has been drawn. */
  readonly drawn: boolean;
};

/** A view's code: takes the element and the box inside its shadow root to draw in. */
export type MountView = (host: HTMLElement, box: HTMLDivElement) => ChartController;

/** Ms to wait for the data at `src` before showing a message naming the URL. */
export const LOAD_TIMEOUT_MS = 15_000;

/**
 * A `<parklinks-${view}>` element class. `load` fetches the view's code (a dynamic import in the loader, a
 * resolved promise for bundler users); if it fails, the element says so in place, naming the view, and the page
 * runs on.
 */
export function createHostElement(view: string, load: () => Promise<MountView>): CustomElementConstructor {
  return class ParklinksElement extends HTMLElement {
    static observedAttributes = [...observedAttributes];
    /** Ms to wait for the data at `src` before showing a message naming the URL (tests set it lower). */
    static loadTimeout = LOAD_TIMEOUT_MS;
    #box: HTMLDivElement;
    #controller: ChartController | null = null;
    #cancelWait: (() => void) | null = null;
    #resize: ResizeObserver | null = null;
    #width = 0;
    #scheduled = false;
    #generation = 0;

    constructor() {
      super();
      const shadow = this.attachShadow({ mode: 'open' });
      const sheet = hostSheet();
      this.#box = document.createElement('div');
      this.#box.className = 'parklinks-embed';
      if (sheet) shadow.adoptedStyleSheets = [sheet];
      else applyStyle(this.#box, wrapperStyle);
      shadow.append(this.#box);
    }

    connectedCallback() {
      if (this.#controller || this.#cancelWait) return;
      this.#reserve();
      if (typeof ResizeObserver !== 'undefined') {
        this.#resize ??= new ResizeObserver(() => this.#resized());
        this.#resize.observe(this);
      }
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
      this.#resize?.disconnect();
      this.#generation += 1;
      this.#controller?.destroy();
      this.#controller = null;
    }

    attributeChangedCallback(name: string) {
      if (name === 'height' && this.isConnected) this.#reserve();
      if (!this.#controller || this.#scheduled) return;
      // Several attributes set in one task render once.
      this.#scheduled = true;
      queueMicrotask(() => {
        this.#scheduled = false;
        this.#controller?.update();
      });
    }

    /** Whether the chart has been drawn (it waits for the viewport unless `loading="eager"`). */
    get rendered(): boolean {
      return this.#controller?.drawn ?? false;
    }

    /**
     * Holds, from the moment the element is on the page, the height it will keep once its chart is drawn (the chart
     * is fitted to it): the article does not move when the chart arrives.
     */
    #reserve() {
      this.#width = Math.round(this.#box.getBoundingClientRect().width);
      const h = reservedHeight(view, this.#width, this.getAttribute('height'));
      this.#box.style.setProperty('min-height', `${h}px`);
    }

    #resized() {
      const w = Math.round(this.#box.getBoundingClientRect().width);
      if (w === this.#width || w === 0) return;
      this.#reserve();
      this.#controller?.resize(w);
    }

    #start() {
      const generation = ++this.#generation;
      load().then(
        (mount) => {
          if (generation !== this.#generation || !this.isConnected) return;
          this.#controller = mount(this, this.#box);
        },
        (e: unknown) => {
          if (generation !== this.#generation) return;
          const alert = document.createElement('div');
          alert.setAttribute('role', 'alert');
          alert.className = 'parklinks-problem';
          alert.textContent = `<${this.localName}> could not load the ${view} chart's code: ${e instanceof Error ? e.message : String(e)}`;
          this.#box.replaceChildren(alert);
        },
      );
    }
  };
}
