import type { TextMark } from '../scene/types.js';
import type { PlacedLabel } from '../shared/placeLabels.js';

// First strong character is Hebrew, Arabic, Syriac, Thaana or N'Ko (or their presentation forms).
const RTL_START = /^[^A-Za-z\u00C0-\u024F\u0370-\u052F\u3040-\u9FFF]*[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/** The direction of a text's own script, so a Latin name in an Arabic chart keeps its punctuation and ellipsis where they belong. */
export const textDirection = (text: string): 'ltr' | 'rtl' => (RTL_START.test(text) ? 'rtl' : 'ltr');

/** Font size of the network's labels in px. */
export const LABEL_SIZE = 11;

/**
 * Placed labels as text marks: centred on their box, with a halo in the background colour so they read
 * over links; a label whose script runs against the chart's direction `dir` carries its own.
 */
export function labelMarks(labels: readonly PlacedLabel[], dir: 'ltr' | 'rtl' = 'ltr'): TextMark[] {
  return labels.map((l) => ({
    type: 'text',
    key: l.id,
    x: l.x,
    y: l.y,
    text: l.text,
    size: LABEL_SIZE,
    anchor: 'middle',
    baseline: 'middle',
    ...(textDirection(l.text) !== dir ? { dir: textDirection(l.text) } : {}),
    halo: 'var(--pl-bg)',
  }));
}
