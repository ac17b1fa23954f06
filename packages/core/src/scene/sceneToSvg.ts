import { textWidth } from '../shared/textWidth.js';
import { zoomTransformAttr } from '../shared/zoomMath.js';
import { flowRow, wrapLines } from './layoutText.js';
import { escapeXml, isolate, layerToSvg, markToSvg, num } from './marksToSvg.js';
import { resolveColors } from './resolveColors.js';
import type { LegendEntry, Scene } from './types.js';

export type SceneToSvgOptions = {
  /** Title above the chart; `false` for none. Default: the scene's title. */
  title?: string | false;
  /** Show the scene's summary sentence under the title. Default `true`. */
  summary?: boolean;
  /** Source line under the legend; none when absent. */
  source?: string;
  /** CSS font stack written into the SVG. Default: the system UI font stack. */
  fontFamily?: string;
  /** Keep `var(--pl-…)` colours (for a page that defines them) instead of writing the scene's colours in. Default `false`. */
  keepVariables?: boolean;
  /** Margin around everything in px. Default 16. */
  padding?: number;
  /**
   * `'slots'` writes each layer of the drawing as an empty `<g data-layer="…">`, for a page that fills them one by
   * one from `sceneLayerToSvg` (parsing a big map in one go is a long task on a slow phone). Default `'inline'`.
   */
  layers?: 'inline' | 'slots';
};

export const systemFonts =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", Arial, sans-serif';

const swatchWidth = (e: LegendEntry) => (e.swatch.shape === 'line' ? 18 : e.swatch.shape === 'rect' ? 12 : 10);

function swatchSvg(e: LegendEntry, x: number, y: number): string {
  const s = e.swatch;
  if (s.shape === 'line')
    return `<line x1="${num(x)}" y1="${num(y + 7)}" x2="${num(x + 18)}" y2="${num(y + 7)}" stroke="${escapeXml(s.stroke)}" stroke-width="${num(s.strokeWidth ?? 2)}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`;
  if (s.shape === 'rect')
    return `<rect x="${num(x)}" y="${num(y + 2)}" width="12" height="10" fill="${escapeXml(s.fill)}"${s.stroke ? ` stroke="${escapeXml(s.stroke)}"` : ''}/>`;
  if (s.shape === 'diamond')
    return `<path d="M${num(x + 5)} ${num(y + 1.5)}l5.5 5.5l-5.5 5.5l-5.5 -5.5z" fill="${escapeXml(s.fill)}"/>`;
  const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : '';
  return `<circle cx="${num(x + 5)}" cy="${num(y + 7)}" r="${num(s.r ?? 5)}" fill="${escapeXml(s.fill ?? 'none')}"${s.stroke ? ` stroke="${escapeXml(s.stroke)}" stroke-width="1.5"${dash}` : ''}/>`;
}

/**
 * A scene as one standalone SVG document: title, summary, the chart, its legend and a source line, with a
 * system font stack and every theme colour written out (no CSS variables, no script), for print, feeds,
 * social cards, the embed's first paint and PNG export. Deterministic: the same scene gives the same string.
 */
export function sceneToSvg(scene: Scene, options: SceneToSvgOptions = {}): string {
  const pad = options.padding ?? 16;
  const width = scene.width + 2 * pad;
  const inner = scene.width;
  const rtl = scene.dir === 'rtl';
  const startX = rtl ? width - pad : pad;
  const out: string[] = [];
  // Right-to-left text is anchored at its end and isolated as RTL, rather than by the root's `direction`, which
  // resvg (the PNG renderer) ignores: the same SVG then reads right in browsers, resvg and print.
  const anchor = rtl ? ' text-anchor="end"' : '';
  const dir = rtl ? 'rtl' : undefined;
  const text = (y: number, size: number, s: string, extra: string) =>
    out.push(
      `<text x="${num(startX)}" y="${num(y)}" font-size="${size}"${anchor}${extra}>${escapeXml(isolate(s, dir))}</text>`,
    );
  let y = pad - 6;
  const title = options.title === false ? '' : (options.title ?? scene.title);
  for (const line of title ? wrapLines(title, inner, 18) : []) {
    y += 24;
    text(y, 18, line, ' font-weight="700" fill="var(--pl-fg)"');
  }
  for (const line of options.summary === false ? [] : wrapLines(scene.summary, inner, 13)) {
    y += 19;
    text(y, 13, line, ' fill="var(--pl-muted)"');
  }
  y += y > pad ? 12 : 6;
  let chartHeight = scene.height;
  if (scene.empty !== undefined) {
    chartHeight = 48;
    out.push(
      `<text x="${num(startX)}" y="${num(y + 28)}" font-size="14"${anchor} fill="var(--pl-muted)">${escapeXml(isolate(scene.empty, dir))}</text>`,
    );
  } else {
    const zoom = scene.zoom ? zoomTransformAttr(scene.zoom) : undefined;
    const layers = scene.layers
      .map((l) => (options.layers === 'slots' ? layerToSvg({ ...l, marks: [] }, zoom) : layerToSvg(l, zoom)))
      .join('');
    out.push(
      `<svg x="${pad}" y="${num(y)}" width="${inner}" height="${scene.height}" viewBox="0 0 ${inner} ${scene.height}" overflow="hidden">${layers}</svg>`,
    );
  }
  y += chartHeight + 10;
  // Legend: swatch, gap, label; entries flow into rows.
  // Estimated widths, with room to spare: a legend entry must not run into the next one in a wider real font.
  const widths = scene.legend.map((e) => swatchWidth(e) + 5 + Math.ceil(textWidth(e.label, 12) * 1.15));
  const flow = flowRow(
    widths,
    inner,
    16,
    scene.legend.map((e) => !!e.newRow),
  );
  scene.legend.forEach((e, i) => {
    const at = flow[i] as { x: number; row: number };
    const w = widths[i] as number;
    const rowY = y + at.row * 20;
    const x0 = rtl ? width - pad - at.x - w : pad + at.x;
    const sx = rtl ? x0 + w - swatchWidth(e) : x0;
    out.push(swatchSvg(e, sx, rowY));
    const tx = rtl ? sx - 5 : sx + swatchWidth(e) + 5;
    out.push(
      `<text x="${num(tx)}" y="${num(rowY + 11)}" font-size="12"${anchor} fill="var(--pl-fg)">${escapeXml(isolate(e.label, dir))}</text>`,
    );
  });
  if (scene.legend.length > 0) y += ((flow[flow.length - 1]?.row ?? 0) + 1) * 20;
  if (options.source) {
    y += 14;
    for (const line of wrapLines(options.source, inner, 11)) {
      text(y, 11, line, ' fill="var(--pl-muted)"');
      y += 15;
    }
  }
  const height = Math.ceil(y + pad / 2);
  const id = `parklinks-${scene.chart}-${scene.locale}`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
    ` role="img" aria-labelledby="${id}-title ${id}-desc" lang="${scene.locale}"` +
    ` font-family="${escapeXml(options.fontFamily ?? systemFonts)}" color="var(--pl-fg)">` +
    `<title id="${id}-title">${escapeXml(title || scene.title)}</title><desc id="${id}-desc">${escapeXml(scene.summary)}</desc>` +
    `<rect width="${width}" height="${height}" fill="var(--pl-bg)"/>${out.join('')}</svg>\n`;
  return options.keepVariables ? svg : resolveColors(svg, scene.colors);
}

/**
 * The `<g>` of the scene's layer `index`, as `sceneToSvg` writes it inline (its colours written in unless
 * `keepVariables`): what fills the slots of `sceneToSvg(scene, { layers: 'slots' })`.
 */
export function sceneLayerToSvg(scene: Scene, index: number, options: Pick<SceneToSvgOptions, 'keepVariables'> = {}) {
  const layer = scene.layers[index];
  if (!layer) return '';
  const svg = layerToSvg(layer, scene.zoom ? zoomTransformAttr(scene.zoom) : undefined);
  return options.keepVariables ? svg : resolveColors(svg, scene.colors);
}

/**
 * Marks `from` to `to` (exclusive) of the scene's layer `index`, as `sceneLayerToSvg` writes them inside its `<g>`:
 * for a page that fills a slot a few marks at a time (a big layer parsed in one go is a long task on a slow phone).
 */
export function sceneMarksToSvg(
  scene: Scene,
  index: number,
  from: number,
  to: number,
  options: Pick<SceneToSvgOptions, 'keepVariables'> = {},
): string {
  const marks = scene.layers[index]?.marks.slice(from, to) ?? [];
  const svg = marks.map(markToSvg).join('');
  return options.keepVariables ? svg : resolveColors(svg, scene.colors);
}
