import type { Dataset } from '@parklinks/data';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { EmbedOptions } from './attributes.js';
import { firstDrawHeight, fitChart, secondDrawHeight } from './fitChart.js';
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
  /**
   * Draws the chart for the first time in a `box` that shows a static picture, without a blank and without one long
   * task: the chart is rendered into a hidden layer over the picture, measured, fitted (a second render when needed)
   * and only then shown in the picture's place, each step in a task of its own (`pause` yields between them).
   * Resolves true once the chart replaced the picture; false when `pause` says to stop (the picture stays).
   */
  wake(box: HTMLElement, props: LiveProps, pause: (step: string) => Promise<boolean>): Promise<boolean>;
  /** Unmounts the chart from `box` (nothing when none is there). */
  clear(box: HTMLElement): void;
};

/** The class of the hidden layer a waking chart is drawn in, over the static picture (see LiveChart.wake). */
export const WAKING_CLASS = 'parklinks-waking';

/**
 * The interactive chart of a view: `draw` (a React element for the element's props) rendered synchronously into the
 * element's box and fitted to its height (the whole chart — title, summary, drawing, legend — takes exactly the
 * height the element reserved, so nothing on the page moves).
 */
export function liveChart(draw: DrawView): LiveChart {
  const roots = new WeakMap<HTMLElement, { root: Root; frame?: number; layer?: HTMLElement }>();
  const chartProps = ({ data, options, width, selectedId, onSelect, more }: LiveProps) => ({
    data,
    locale: options.locale,
    theme: options.theme,
    selectedId,
    onSelect,
    ...(more ? { more } : {}),
    ...(width > 0 ? { width } : {}),
    ...(options.filter ? { filter: options.filter } : {}),
    ...(options.heading ? { title: options.heading } : {}),
  });
  /** Renders synchronously into `root`, with the drawing `h` px tall (undefined: the chart's own height). */
  const render = (root: Root, props: ReturnType<typeof chartProps>, h: number | undefined) => {
    flushSync(() => root.render(draw(h === undefined ? props : { ...props, height: h })));
    performance.mark('parklinks:live:render');
  };
  return {
    draw(box, props) {
      const { view, width, height } = props;
      let r = roots.get(box);
      if (!r) {
        box.replaceChildren();
        r = { root: createRoot(box) };
        roots.set(box, r);
      }
      const entry = r;
      const p = chartProps(props);
      if (height === undefined) return render(entry.root, p, undefined);
      const measured = entry.layer ?? box;
      entry.frame = fitChart(
        height,
        entry.frame,
        width,
        (h) => {
          render(entry.root, p, h);
          const took = measured.getBoundingClientRect().height;
          performance.mark('parklinks:live:measure', { detail: { drawing: h, target: height, took } });
          return took;
        },
        view,
      );
    },
    async wake(box, props, pause) {
      const { view, width, height } = props;
      const layer = document.createElement('div');
      layer.className = WAKING_CLASS;
      // Over the picture, out of the flow, laid out at the box's width but not seen.
      for (const [k, v] of [
        ['position', 'absolute'],
        ['inset', '0 0 auto 0'],
        ['visibility', 'hidden'],
        ['pointer-events', 'none'],
      ] as const)
        layer.style.setProperty(k, v);
      box.style.setProperty('position', 'relative');
      box.append(layer);
      const entry: { root: Root; frame?: number; layer: HTMLElement } = { root: createRoot(layer), layer };
      roots.set(box, entry);
      const p = chartProps(props);
      /** Stopped: the hidden chart goes, the picture stays. */
      const abandon = () => {
        if (roots.get(box) === entry) {
          entry.root.unmount();
          roots.delete(box);
        }
        layer.remove();
        box.style.removeProperty('position');
        return false;
      };
      // A new chart: its frame is estimated (the next draws use the one measured here).
      const first = height === undefined ? undefined : firstDrawHeight(height, undefined, width, view);
      render(entry.root, p, first);
      // The layout of the new chart in a task of its own (measuring it in the render's task forced it there).
      if (!(await pause('live:rendered'))) return abandon();
      if (height !== undefined && first !== undefined) {
        const took = layer.getBoundingClientRect().height;
        performance.mark('parklinks:live:measure', { detail: { drawing: first, target: height, took } });
        entry.frame = took - first;
        const second = secondDrawHeight(height, first, took);
        if (second !== undefined) {
          if (!(await pause('live:measured'))) return abandon();
          render(entry.root, p, second);
          if (!(await pause('live:refitted'))) return abandon();
        }
      }
      // The swap: the picture out, the chart in, in one task (the browser paints one or the other, never neither). A
      // reader who tabbed to the picture keeps the focus, on the chart.
      const focused = (box.getRootNode() as Document | ShadowRoot).activeElement;
      const hadFocus = !!focused && box.contains(focused) && !layer.contains(focused);
      for (const child of [...box.children]) if (child !== layer) child.remove();
      layer.removeAttribute('class');
      for (const k of ['position', 'inset', 'visibility', 'pointer-events']) layer.style.removeProperty(k);
      box.style.removeProperty('position');
      if (hadFocus) layer.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
      performance.mark('parklinks:live:shown');
      return true;
    },
    clear(box) {
      roots.get(box)?.root.unmount();
      roots.delete(box);
    },
  };
}
