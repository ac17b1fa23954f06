import { find, findAll, type MarkupElement, parseMarkup, styleValue, textOf } from './parseMarkup.js';

/** One SVG the chart drew, ready to be placed at (0, y) inside the standalone SVG. */
export type ChartPart = { width: number; height: number; marginTop: number; open: string; inner: string };
/** One legend entry: its swatch (an SVG of `width` × `height`) and its label. */
export type LegendEntry = { swatch: ChartPart; label: string };
/** What the static SVG takes from a chart's server-rendered markup. */
export type ExtractedChart = {
  title: string;
  summary: string;
  parts: ChartPart[];
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

function part(html: string, el: MarkupElement): ChartPart {
  const openEnd = html.indexOf('>', el.start) + 1;
  const inner = html.slice(openEnd, el.end - '</svg>'.length).replace(interactive, '');
  const kept = Object.entries(el.attrs).filter(([k]) => !dropAttrs.has(k) && k !== 'x' && k !== 'y');
  if (styleValue(el.attrs.style, 'overflow') === 'visible') kept.push(['overflow', 'visible']);
  return {
    width: Number(el.attrs.width) || 0,
    height: Number(el.attrs.height) || 0,
    marginTop: Number.parseFloat(styleValue(el.attrs.style, 'margin-top') ?? '0') || 0,
    open: `<svg${kept.map(([k, v]) => ` ${k}="${v}"`).join('')}`,
    inner,
  };
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
  const parts = area
    ? findAll(area, (e, anc) => e.tag === 'svg' && !anc.some((a) => a.tag === 'button' || a.tag === 'svg'), true).map(
        (e) => part(html, e),
      )
    : [];
  const list = blocks.find((b) => b.tag === 'ul');
  const legend = list
    ? findAll(list, (e) => e.tag === 'li', true).flatMap((li) => {
        const swatch = find(li, (e) => e.tag === 'svg');
        const label = textOf(li).trim();
        return swatch && label ? [{ swatch: part(html, swatch), label }] : [];
      })
    : [];
  return { title, summary, parts, legend, note: parts.length === 0 && area ? textOf(area).trim() : '' };
}
