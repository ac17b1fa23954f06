import { textWidth, truncateText } from '../shared/textWidth.js';

/** Distance of a lane's name from the chart's edge, and the widest a name may be before it is cut. */
export const LANE_INSET = 6;
const MAX_NAME = 240;

/** A lane's name as drawn: bold, cut with "…" past 240 px (the tooltip and table give it whole). */
export function laneName(label: string): string {
  return truncateText(label, MAX_NAME, 12, true);
}

/** How far "Name · count" reaches from the chart's edge, plus a small gap, in px. */
export function laneNameEnd(label: string, count: number): number {
  return LANE_INSET + textWidth(`${laneName(label)} · ${count}`, 12, true) + 6;
}

/** SVG text attributes that put `text` flush against `x` on the given visual side, whatever its script's direction. */
export function alignText(
  text: string,
  side: 'left' | 'right',
): { direction: 'ltr' | 'rtl'; textAnchor: 'start' | 'end' } {
  const rtl = /^[^A-Za-z\u00c0-\u024f\u0370-\u04ff\u2e80-\u9fff]*[\u0590-\u08ff]/.test(text);
  return { direction: rtl ? 'rtl' : 'ltr', textAnchor: (side === 'left') !== rtl ? 'start' : 'end' };
}

/**
 * A scene text flush against `x` on the visual `side`: `anchor` on that side (scene text is laid out left to
 * right; `sceneToSvg` writes no `direction`) and `dir`, its own script's direction, which isolates it so its
 * punctuation and ellipsis land where that script puts them.
 */
export function sideAnchor(text: string, side: 'left' | 'right'): { anchor: 'start' | 'end'; dir: 'ltr' | 'rtl' } {
  return { anchor: side === 'left' ? 'start' : 'end', dir: alignText(text, side).direction };
}
