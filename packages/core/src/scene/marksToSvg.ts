import type { Mark, MarkStyle, SceneLayer } from './types.js';

/** `text` with the five XML special characters escaped, for attribute values and text content. */
export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string,
  );
}

/** A number as SVG writes it: at most two decimals, no `-0`. */
export const num = (v: number): string => {
  const r = Math.round(v * 100) / 100;
  return String(r === 0 ? 0 : r);
};

const attr = (name: string, value: string | number | undefined) =>
  value === undefined ? '' : ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;

function styleAttrs(m: MarkStyle & { data?: Record<string, string | number> }, fillDefault?: string): string {
  let data = '';
  for (const [k, v] of Object.entries(m.data ?? {})) data += attr(`data-${k}`, v);
  return (
    data +
    attr('class', m.className) +
    attr('fill', m.fill ?? fillDefault) +
    attr('stroke', m.stroke) +
    attr('stroke-width', m.strokeWidth) +
    attr('stroke-dasharray', m.dash) +
    attr('opacity', m.opacity) +
    attr('fill-opacity', m.fillOpacity) +
    attr('stroke-opacity', m.strokeOpacity) +
    (m.fixedStroke ? ' vector-effect="non-scaling-stroke"' : '')
  );
}

/**
 * `text` wrapped in a bidi isolate of direction `dir` (LRI or RLI … PDI): its punctuation and ellipsis land on
 * the side its script reads from, in browsers and in resvg alike (which ignores the `direction` attribute).
 */
export const isolate = (text: string, dir: 'ltr' | 'rtl' | undefined) =>
  dir ? `${dir === 'rtl' ? '\u2067' : '\u2066'}${text}\u2069` : text;

const anchors = { start: 'start', middle: 'middle', end: 'end' } as const;
const baselines = { auto: undefined, middle: 'central', hanging: 'hanging' } as const;

/** One mark as SVG markup (its accessible name as a `<title>` child). */
export function markToSvg(m: Mark): string {
  const title = m.name ? `<title>${escapeXml(m.name)}</title>` : '';
  switch (m.type) {
    case 'path':
      return `<path d="${m.d}"${styleAttrs(m)}>${title}</path>`;
    case 'circle':
      return `<circle cx="${num(m.x)}" cy="${num(m.y)}" r="${num(m.r)}"${styleAttrs(m)}>${title}</circle>`;
    case 'rect':
      return `<rect x="${num(m.x)}" y="${num(m.y)}" width="${num(Math.max(0, m.width))}" height="${num(Math.max(0, m.height))}"${attr('rx', m.rx)}${styleAttrs(m)}>${title}</rect>`;
    case 'line':
      return `<line x1="${num(m.x1)}" y1="${num(m.y1)}" x2="${num(m.x2)}" y2="${num(m.y2)}"${styleAttrs(m)}>${title}</line>`;
    case 'text': {
      const halo = m.halo
        ? ` stroke="${escapeXml(m.halo)}" stroke-width="3" stroke-linejoin="round" paint-order="stroke"`
        : '';
      return (
        `<text x="${num(m.x)}" y="${num(m.y)}" font-size="${num(m.size ?? 12)}"` +
        attr('font-weight', m.weight && m.weight !== 400 ? m.weight : undefined) +
        (m.italic ? ' font-style="italic"' : '') +
        attr('text-anchor', m.anchor && m.anchor !== 'start' ? anchors[m.anchor] : undefined) +
        attr('dominant-baseline', baselines[m.baseline ?? 'auto']) +
        styleAttrs(m, 'var(--pl-fg)') +
        `${halo}>${title}${escapeXml(isolate(m.text, m.dir))}</text>`
      );
    }
    case 'group':
      return `<g${attr('transform', m.transform)}${styleAttrs(m)}>${title}${m.children.map(markToSvg).join('')}</g>`;
  }
}

/** A layer as one `<g data-layer>`, under `zoom` (an SVG transform) when the layer is zoomed. */
export function layerToSvg(layer: SceneLayer, zoom?: string): string {
  const transform = layer.zoomed && zoom ? ` transform="${zoom}"` : '';
  return `<g data-layer="${escapeXml(layer.id)}"${transform}>${layer.marks.map(markToSvg).join('')}</g>`;
}
