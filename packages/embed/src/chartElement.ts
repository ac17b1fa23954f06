import { createHostElement } from './element/hostElement.js';
import { liveChart } from './liveChart.js';
import { type DataSource, mountView } from './mountChart.js';
import type { DrawView } from './viewFactory.js';

/**
 * The class behind `<parklinks-map>` and its siblings for bundler users (the view's code is already loaded):
 * a Shadow DOM host that reserves its height, waits until it nears the viewport, loads its data (shared by URL)
 * and renders one interactive chart fitted to that height. `view` is the view's name (`map` …, `explorer`);
 * `draw` renders it.
 */
export function createChartElement(view: string, draw: DrawView, defaultData: DataSource): CustomElementConstructor {
  const live = liveChart(draw);
  const mount = mountView(view, { live: () => Promise.resolve(live) }, defaultData);
  return createHostElement(view, () => Promise.resolve(mount));
}
