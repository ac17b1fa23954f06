import { type DefineElementsOptions, defineParklinksElement, tagName } from './defineElement.js';
import type { ParklinksSelectEvent } from './mountChart.js';
import { viewNames, views } from './views.js';

export { type DefineElementsOptions, defineParklinksElement, tagName } from './defineElement.js';

/**
 * Registers `<parklinks-map>`, `<parklinks-network>`, `<parklinks-timeline>` (every view this
 * build has). Safe to call twice, or with a second copy of the script on the page: tags already
 * defined are left alone. Does nothing outside a browser. Returns the tag names now defined.
 */
export function defineParklinksElements(options: DefineElementsOptions = {}): string[] {
  if (typeof customElements === 'undefined') return [];
  for (const view of viewNames) defineParklinksElement(view, views[view], options);
  return viewNames.map(tagName);
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
