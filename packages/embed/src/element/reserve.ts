// How tall an element is, known before any chart code or data arrives: from its `height` attribute, else from its
// width and view. The loader reserves it at once; the chart is then fitted into it (fitChart.ts), so the article
// never moves. No imports: this is part of the loader.

/** Height / width of each view's drawing when the element has no `height` (the charts' own aspect ratios). */
const aspects: Record<string, number> = { map: 0.56, network: 0.62, timeline: 0.75 };

/**
 * Room the chart's frame takes besides its drawing (title, summary, legend, table link), by width: narrower
 * columns wrap the summary and the legend onto more lines. Measured on the built-in data in English (the interactive
 * chart's frame: map 198 px at 680 px wide and 347 px at 358; network 199 and 347), a few px over, since a frame that
 * comes out a little shorter than estimated needs no second draw (see fitChart).
 */
export const frameAllowance = (width: number, view = 'map') =>
  width < 480 ? (view === 'timeline' ? 190 : 352) : width < 720 ? 204 : 160;

/** The smallest and largest height an element takes (the `height` attribute's bounds). */
export const MIN_HEIGHT = 120;
export const MAX_HEIGHT = 4000;

/** The element's `height` attribute in px when it is a usable number (120–4000, optional `px`), else undefined. */
export function heightAttribute(value: string | null): number | undefined {
  const m = value === null ? null : /^\s*(\d+(?:\.\d+)?)\s*(px)?\s*$/.exec(value);
  const n = m ? Math.round(Number(m[1])) : Number.NaN;
  return n >= MIN_HEIGHT && n <= MAX_HEIGHT ? n : undefined;
}

/**
 * The height in px an element of `view` takes at `width`: its `height` attribute when set, else the view's drawing
 * at its aspect ratio plus the frame's allowance (at least 360 px). The explorer, with its own controls and three
 * charts, reserves about its usual height.
 */
export function reservedHeight(view: string, width: number, attribute: string | null): number {
  const given = heightAttribute(attribute);
  if (given !== undefined) return given;
  const w = width > 0 ? width : 600;
  if (view === 'explorer') return Math.round(Math.max(900, w * 1.4));
  return Math.max(360, Math.round(w * (aspects[view] ?? 0.56)) + frameAllowance(w, view));
}
