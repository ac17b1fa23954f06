import {
  declaredProperties,
  flowRow,
  isRtl,
  type LocaleTag,
  resolveColors,
  resolveLocale,
  staticMessages,
  themePalette,
  wrapLines,
} from '@parklinks/core';
import type { Dataset, DatasetFilter } from '@parklinks/data';
import { renderToStaticMarkup } from 'react-dom/server';
import { checkDataset } from '../loadDataset.js';
import { type ChartView, charts } from '../views.js';
import { type ChartPart, extractChart } from './extractChart.js';
import { escapeXml } from './parseMarkup.js';
import { textWidth } from './textWidth.js';

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

const systemFonts =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", Arial, sans-serif';
const pad = 16;

const place = (p: ChartPart, x: number, y: number) =>
  `${p.open} x="${x}" y="${Math.round(y * 10) / 10}">${p.inner}</svg>`;

/**
 * Renders a chart on the server (React's static renderer) and wraps it into one standalone SVG
 * for print, RSS, AMP and social cards: title, summary, the chart, its legend and a source line,
 * with a system font stack and every theme colour written out (no CSS variables, no script).
 */
export function renderSvg(options: RenderSvgOptions): string {
  const { view, theme = 'light', width = 960 } = options;
  const locale = resolveLocale(options.locale);
  const checked = checkDataset(options.data, 'data');
  if (!checked.ok) throw new Error(checked.problem);
  const inner = width - 2 * pad;
  const html = renderToStaticMarkup(
    charts[view]({
      data: checked.data,
      locale,
      theme,
      width: inner,
      selectedId: null,
      onSelect: () => {},
      ...(options.height !== undefined ? { height: options.height } : {}),
      ...(options.filter ? { filter: options.filter } : {}),
      ...(options.title ? { title: options.title } : {}),
    }),
  );
  const chart = extractChart(html);
  const rtl = isRtl(locale);
  const startX = rtl ? width - pad : pad;
  const out: string[] = [];
  const text = (y: number, size: number, s: string, extra = '') =>
    out.push(`<text x="${startX}" y="${y}" font-size="${size}"${extra}>${escapeXml(s)}</text>`);
  let y = pad - 6;
  for (const line of wrapLines(chart.title, inner, 18)) {
    y += 24;
    text(y, 18, line, ' font-weight="700" fill="var(--pl-fg)"');
  }
  for (const line of wrapLines(chart.summary, inner, 13)) {
    y += 19;
    text(y, 13, line, ' fill="var(--pl-muted)"');
  }
  y += 12;
  const body: string[] = [];

  let chartH = chart.height;
  for (const p of chart.parts) body.push(place(p, 0, p.y));
  if (chart.parts.length === 0) {
    chartH = 48;
    body.push(
      `<text x="${rtl ? inner : 0}" y="28" font-size="14" fill="var(--pl-muted)">${escapeXml(chart.note)}</text>`,
    );
  }
  out.push(`<g transform="translate(${pad} ${y})">${body.join('')}</g>`);
  y += chartH + 10;
  // Legend: swatch, gap, label; entries flow into rows.
  const widths = chart.legend.map((e) => e.swatch.width + 5 + textWidth(e.label, 12));
  const flow = flowRow(
    widths,
    inner,
    16,
    chart.legend.map((e) => e.newRow),
  );
  chart.legend.forEach((e, i) => {
    const at = flow[i]!;
    const w = widths[i]!;
    const rowY = y + at.row * 20;
    const x0 = rtl ? width - pad - at.x - w : pad + at.x;
    const swX = rtl ? x0 + w - e.swatch.width : x0;
    out.push(place(e.swatch, swX, rowY + (14 - e.swatch.height) / 2));
    const tx = rtl ? swX - 5 : swX + e.swatch.width + 5;
    out.push(`<text x="${tx}" y="${rowY + 11}" font-size="12" fill="var(--pl-fg)">${escapeXml(e.label)}</text>`);
  });
  if (chart.legend.length > 0) y += ((flow[flow.length - 1]?.row ?? 0) + 1) * 20;
  const m = staticMessages(locale);
  const source =
    options.source === false
      ? null
      : (options.source ?? `${m.source}: ${m.sources(new Set(checked.data.sources.map((s) => s.id)).size)}`);
  if (source) {
    y += 14;
    for (const line of wrapLines(source, inner, 11)) {
      text(y, 11, line, ' fill="var(--pl-muted)"');
      y += 15;
    }
  }
  const height = Math.ceil(y + pad / 2);
  const id = `parklinks-${view}-${locale}`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
    ` role="img" aria-labelledby="${id}-title ${id}-desc" lang="${locale}" direction="${rtl ? 'rtl' : 'ltr'}"` +
    ` font-family="${escapeXml(options.fontFamily ?? systemFonts)}" color="var(--pl-fg)">` +
    `<title id="${id}-title">${escapeXml(chart.title)}</title><desc id="${id}-desc">${escapeXml(chart.summary)}</desc>` +
    `<rect width="${width}" height="${height}" fill="var(--pl-bg)"/>${out.join('')}</svg>\n`;
  // The theme's colours first; then those the chart declares on its own elements (one value per name).
  return resolveColors(svg, { ...declaredProperties(html), ...themePalette(theme) });
}
