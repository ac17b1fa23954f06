import type { Dataset } from '@parklinks/data';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { EmbedOptions } from './attributes.js';
import { fitChart } from './fitChart.js';
import type { DrawView } from './viewFactory.js';

/** What an element hands to its interactive chart. */
export type LiveProps = {
  view: string;
  data: Dataset;
  options: EmbedOptions;
  width: number;
  /** The element's height: the chart is fitted to it. Undefined: the chart takes its own (the explorer). */
  height: number | undefined;
  selectedId: string | null;
  onSelect: (id: string | null, type?: 'organization' | 'partnership') => void;
  /** Further props of the chart. */
  more?: Record<string, unknown>;
};

/** An interactive chart drawn into an element's box (one React root per box). */
export type LiveChart = {
  draw(box: HTMLElement, props: LiveProps): void;
  /** Unmounts the chart from `box` (nothing when none is there). */
  clear(box: HTMLElement): void;
};

/**
 * The interactive chart of a view: `draw` (a React element for the element's props) rendered synchronously into the
 * element's box and fitted to its height (the whole chart — title, summary, drawing, legend — takes exactly the
 * height the element reserved, so nothing on the page moves).
 */
export function liveChart(draw: DrawView): LiveChart {
  const roots = new WeakMap<HTMLElement, { root: Root; frame?: number }>();
  return {
    draw(box, { view, data, options, width, height, selectedId, onSelect, more }) {
      let r = roots.get(box);
      if (!r) {
        box.replaceChildren();
        r = { root: createRoot(box) };
        roots.set(box, r);
      }
      const entry = r;
      const props = {
        data,
        locale: options.locale,
        theme: options.theme,
        selectedId,
        onSelect,
        ...(more ? { more } : {}),
        ...(width > 0 ? { width } : {}),
        ...(options.filter ? { filter: options.filter } : {}),
        ...(options.heading ? { title: options.heading } : {}),
      };
      if (height === undefined) {
        flushSync(() => entry.root.render(draw(props)));
        return;
      }
      entry.frame = fitChart(
        height,
        entry.frame,
        width,
        (h) => {
          flushSync(() => entry.root.render(draw({ ...props, height: h })));
          performance.mark('parklinks:live:render');
          const took = box.getBoundingClientRect().height;
          performance.mark('parklinks:live:measure', { detail: { drawing: h, target: height, took } });
          return took;
        },
        view,
      );
    },
    clear(box) {
      roots.get(box)?.root.unmount();
      roots.delete(box);
    },
  };
}
