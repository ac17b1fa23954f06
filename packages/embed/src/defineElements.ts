import { createChartElement, type DataSource, type ParklinksSelectEvent } from './ChartElement.js';
import { type View, viewNames } from './views.js';

export type DefineElementsOptions = {
  /** Records for elements without a `src` attribute: a data set or a function returning one. Default: none (such elements show a message). */
  data?: DataSource;
};

/** Tag name of the element for a view: `parklinks-map`, `parklinks-network` … */
export const tagName = (view: View) => `parklinks-${view}` as const;

/**
 * Registers `<parklinks-map>`, `<parklinks-network>`, `<parklinks-timeline>` (every view this
 * build has). Safe to call twice, or with a second copy of the script on the page: tags already
 * defined are left alone. Does nothing outside a browser. Returns the tag names now defined.
 */
export function defineParklinksElements(options: DefineElementsOptions = {}): string[] {
  if (typeof customElements === 'undefined') return [];
  return viewNames.map((view) => {
    const name = tagName(view);
    if (!customElements.get(name)) customElements.define(name, createChartElement(view, options.data));
    return name;
  });
}

/** A `<parklinks-…>` element: an HTMLElement whose `rendered` says whether its chart has been drawn yet. */
export type ParklinksElement = HTMLElement & { readonly rendered: boolean };

declare global {
  interface HTMLElementTagNameMap {
    'parklinks-map': ParklinksElement;
    'parklinks-network': ParklinksElement;
    'parklinks-timeline': ParklinksElement;
    'parklinks-explorer': ParklinksElement;
  }
  interface HTMLElementEventMap {
    'parklinks-select': ParklinksSelectEvent;
  }
}
