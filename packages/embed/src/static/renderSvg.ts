import { type LocaleTag, type Scene, type SceneOptions, sceneToSvg, staticMessages } from '@parklinks/core';
import { basemapFeatures, buildMapScene, worldBasemap } from '@parklinks/core/map';
import { buildNetworkScene } from '@parklinks/core/network';
import { buildTimelineScene } from '@parklinks/core/timeline';
import { type Dataset, type DatasetFilter, filterDataset } from '@parklinks/data';
import { checkDataset } from '../checkData.js';
import type { ChartView } from '../views.js';

export type RenderSvgOptions = {
  /** Which chart: `'map'`, `'network'` or `'timeline'`. */
  view: ChartView;
  /** The records to draw (e.g. the built-in `dataset` of `@parklinks/data`). Validated; bad data throws. */
  data: Dataset;
  /** Language of names and text; `ar` lays out right to left. Default `'en'`. */
  locale?: LocaleTag;
  /** Colours. Default `'light'`. */
  theme?: 'light' | 'dark';
  /** Width of the whole image in px. Default 960. */
  width?: number;
  /** Height of the chart area in px. Default: the chart's own (width × its aspect ratio). */
  height?: number;
  /** Which partnerships to show. Default: all. */
  filter?: DatasetFilter;
  /** Title above the chart. Default: the chart's localized title. */
  title?: string;
  /** Source line under the chart; `false` for none. Default: the data set and its count of cited publications. */
  source?: string | false;
  /** CSS font stack written into the SVG. Default: the system UI font stack. */
  fontFamily?: string;
};

const pad = 16;
let world: ReturnType<typeof basemapFeatures> | undefined;

/** Each chart's scene for a width (the chart area's, without the image's margins). */
type Options = SceneOptions & { basemap: ReturnType<typeof basemapFeatures> };
const scenes: Record<ChartView, (data: Dataset, o: Options) => Scene> = {
  map: (data, o) => buildMapScene(data, o),
  network: (data, { basemap, ...o }) => buildNetworkScene(data, o),
  timeline: (data, { basemap, ...o }) => buildTimelineScene(data, o),
};

/**
 * Draws a chart as one standalone SVG for print, RSS, AMP and social cards: title, summary, the chart, its
 * legend and a source line, with a system font stack and every theme colour written out (no CSS variables, no
 * script). The chart is laid out by its scene builder in @parklinks/core and written by `sceneToSvg`, the same
 * layout the React components draw.
 */
export function renderSvg(options: RenderSvgOptions): string {
  const { view, theme = 'light', width = 960 } = options;
  const checked = checkDataset(options.data, 'data');
  if (!checked.ok) throw new Error(checked.problem);
  const data = options.filter ? filterDataset(checked.data, options.filter) : checked.data;
  world ??= basemapFeatures(worldBasemap);
  const scene = scenes[view](data, {
    width: width - 2 * pad,
    basemap: world,
    theme,
    ...(options.locale !== undefined ? { locale: options.locale } : {}),
    ...(options.height !== undefined ? { height: options.height } : {}),
    ...(options.title ? { title: options.title } : {}),
  });
  const m = staticMessages(scene.locale);
  const source =
    options.source === false
      ? undefined
      : (options.source ?? `${m.source}: ${m.sources(new Set(checked.data.sources.map((s) => s.id)).size)}`);
  return sceneToSvg(scene, {
    padding: pad,
    ...(source ? { source } : {}),
    ...(options.fontFamily ? { fontFamily: options.fontFamily } : {}),
  });
}
