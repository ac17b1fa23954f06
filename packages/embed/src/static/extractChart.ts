import { find, findAll, type MarkupElement, parseMarkup, styleValue, textOf } from './parseMarkup.js';

/** One SVG the chart drew, to be placed at (0, `y`) of the chart area inside the standalone SVG. */
export type ChartPart = { width: number; height: number; y: number; open: string; inner: string };
/** One legend entry: its swatch (an SVG of `width` × `height`) and its label. */
export type LegendEntry = { swatch: ChartPart; label: string; newRow: boolean };
/** What the static SVG takes from a chart's server-rendered markup. */
export type ExtractedChart = {
  title: string;
  summary: string;
  parts: ChartPart[];
  /** Height of the chart area, every part included. */
  height: number;
  legend: LegendEntry[];
  note: string;
};

// Attributes that only mean something in an interactive page; a static image drops them.
const dropAttrs = new Set([
  'style',
  'tabindex',
  'role',
  'aria-roledescription',
  'aria-describedby',
  'aria-activedescendant',
]);
const interactive = / (?:tabindex|aria-activedescendant|aria-describedby|aria-controls)="[^"]*"/g;

function part(html: string, el: MarkupElement, y = 0): ChartPart {
  const openEnd = html.indexOf('>', el.start) + 1;
  const inner = html.slice(openEnd, el.end - '</svg>'.length).replace(interactive, '');
  const kept = Object.entries(el.attrs).filter(([k]) => !dropAttrs.has(k) && k !== 'x' && k !== 'y');
  if (styleValue(el.attrs.style, 'overflow') === 'visible') kept.push(['overflow', 'visible']);
  const opacity = styleValue(el.attrs.style, 'opacity');
  if (opacity !== undefined && opacity !== '1') kept.push(['opacity', opacity]);
  return {
    width: Number(el.attrs.width) || 0,
    height: Number(el.attrs.height) || 0,
    y,
    open: `<svg${kept.map(([k, v]) => ` ${k}="${v}"`).join('')}`,
    inner,
  };
}

const px = (v: string | undefined) => (v === undefined ? undefined : Number.parseFloat(v) || 0);

/**
 * Places the chart area's SVGs the way a browser would, for the little CSS the charts use: block
 * flow top to bottom (heights, `margin-top`), boxes of fixed `height`, layers with
 * `position: absolute` (`top`, or 0) stacked in document order. A scroll box (`overflow: auto`)
 * is opened to its full content, and what lies below it moves down by as much: print has no
 * scrolling. Controls (buttons and absolutely placed boxes of them) are left out.
 */
function layout(html: string, area: MarkupElement): { parts: ChartPart[]; height: number } {
  // In document order, so later layers paint over earlier ones as in the page.
  const found: (ChartPart | { el: MarkupElement; top: number })[] = [];
  const grown: { at: number; by: number }[] = [];
  const walk = (el: MarkupElement, cursor: number): number => {
    for (const c of el.children) {
      if (typeof c === 'string' || c.tag === 'button') continue;
      const style = c.attrs.style;
      const absolute = styleValue(style, 'position') === 'absolute';
      if (c.tag === 'svg') {
        if (absolute) found.push({ el: c, top: px(styleValue(style, 'top')) ?? 0 });
        else {
          const p = part(html, c, cursor + (px(styleValue(style, 'margin-top')) ?? 0));
          found.push(p);
          cursor = p.y + p.height;
        }
        continue;
      }
      if (absolute) continue; // overlaid controls, tooltips
      const start = cursor + (px(styleValue(style, 'margin-top')) ?? 0);
      const end = walk(c, start);
      const fixed = px(styleValue(style, 'height'));
      const overflow = styleValue(style, 'overflow-y') ?? styleValue(style, 'overflow') ?? '';
      const opened = fixed !== undefined && /auto|scroll|hidden/.test(overflow) && end - start > fixed;
      if (opened) grown.push({ at: start + fixed, by: end - start - fixed });
      cursor = fixed === undefined || opened ? end : Math.max(end, start + fixed);
    }
    return cursor;
  };
  let height = walk(area, 0);
  const parts = found.map((f) => {
    if (!('el' in f)) return f;
    const y = f.top + grown.filter((g) => g.at <= f.top).reduce((n, g) => n + g.by, 0);
    const p = part(html, f.el, y);
    height = Math.max(height, y + p.height);
    return p;
  });
  return { parts, height };
}

/**
 * Takes a chart's `renderToStaticMarkup` output apart: title and summary from the figure caption,
 * every SVG drawn in the chart area (in document order, not those inside buttons), the legend's
 * swatches and labels, and the text shown instead of a chart (empty data).
 */
export function extractChart(html: string): ExtractedChart {
  const root = parseMarkup(html);
  const figure = find(root, (e) => e.tag === 'figure');
  if (!figure) throw new Error('the chart rendered no <figure>');
  const caption = find(figure, (e) => e.tag === 'figcaption');
  const title = caption ? textOf(find(caption, (e) => e.tag === 'div') ?? '') : '';
  const summary = caption ? textOf(find(caption, (e) => e.tag === 'p') ?? '') : '';
  const blocks = figure.children.filter((c): c is MarkupElement => typeof c !== 'string');
  const area = blocks.find((b) => b.tag === 'div');
  const { parts, height } = area ? layout(html, area) : { parts: [], height: 0 };
  // Legends: every list outside the chart area and the data table (a chart may have several, e.g. colours and line styles).
  const lists = findAll(
    figure,
    (e, anc) => e.tag === 'ul' && e.attrs['aria-label'] !== undefined && !anc.some((a) => a.tag === 'details'),
    true,
  ).filter((ul) => !(area && ul.start >= area.start && ul.end <= area.end));
  const legend = lists.flatMap((list, i) =>
    findAll(list, (e) => e.tag === 'li', true).flatMap((li, j) => {
      const swatch = find(li, (e) => e.tag === 'svg');
      const label = textOf(li).trim();
      return swatch && label ? [{ swatch: part(html, swatch), label, newRow: i > 0 && j === 0 }] : [];
    }),
  );
  return { title, summary, parts, height, legend, note: parts.length === 0 && area ? textOf(area).trim() : '' };
}
