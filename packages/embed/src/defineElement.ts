import { createChartElement } from './chartElement.js';
import type { DataSource } from './mountChart.js';
import type { DrawView } from './viewFactory.js';

export type DefineElementsOptions = {
  /** Records for elements without a `src` attribute: a data set or a function returning one. Default: none (such elements show a message). */
  data?: DataSource;
};

/** Tag name of the element for a view: `parklinks-map`, `parklinks-network` … */
export const tagName = <V extends string>(view: V) => `parklinks-${view}` as const;

/**
 * Registers one element, `<parklinks-${view}>`, drawn by `draw` — what the one-view scripts
 * (`parklinks-map.js` …) do, so that they carry one chart's code only. Leaves a tag that is
 * already defined alone and does nothing outside a browser. Returns the tag name, or null.
 */
export function defineParklinksElement(
  view: string,
  draw: DrawView,
  options: DefineElementsOptions = {},
): string | null {
  if (typeof customElements === 'undefined') return null;
  const name = tagName(view);
  if (!customElements.get(name)) customElements.define(name, createChartElement(view, draw, options.data));
  return name;
}
