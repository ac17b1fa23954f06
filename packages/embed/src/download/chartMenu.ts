import type { Dataset } from '@parklinks/data';
import type { EmbedOptions } from '../attributes.js';
import { staticTheme } from '../staticTheme.js';
import { createDownloadMenu } from './menu.js';

/** What the menu asks of its element when the reader picks a file: what it shows now. */
export type ChartMenuSource = {
  view: string;
  /** The data and options the element draws now. */
  shown: () => { data: Dataset; options: EmbedOptions };
  width: () => number;
  /** Completes the built-in data set (sources, summaries) first. */
  details?: () => Promise<void>;
};

/**
 * The download menu of an element's chart: SVG and PNG of what it shows (`renderSvg`, fetched when picked), and
 * the CSV of its records. Loaded with the interactive chart, never with the first paint.
 */
export function chartMenu(source: ChartMenuSource, options: EmbedOptions): HTMLElement {
  const { view } = source;
  return createDownloadMenu({
    locale: options.locale,
    theme: options.theme,
    fileName: `parklinks-${view}`,
    ...(view === 'explorer' ? { formats: ['csv'] as const } : {}),
    getSvg: async () => {
      await source.details?.();
      const { data, options: o } = source.shown();
      const { renderSvg } = await import('../static/renderSvg.js');
      return renderSvg({
        view: view as 'map',
        data,
        locale: o.locale,
        theme: staticTheme(o.theme),
        width: source.width(),
        ...(o.filter ? { filter: o.filter } : {}),
        ...(o.heading ? { title: o.heading } : {}),
      });
    },
    getCsv: async () => {
      await source.details?.();
      const { data, options: o } = source.shown();
      const { recordsCsv } = await import('./csv.js');
      return recordsCsv(data, o.filter, o.locale);
    },
  });
}
