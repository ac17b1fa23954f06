import type { PlacedLabel } from '@parklinks/core/network';
import { memo } from 'react';

// First strong character is Hebrew, Arabic, Syriac, Thaana or N'Ko (or their presentation forms).
const RTL_START = /^[^A-Za-z\u00C0-\u024F\u0370-\u052F\u3040-\u9FFF]*[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/**
 * Labels with a halo in the background colour, so they stay readable over links. `layer` names
 * the group (`data-labels`): the permanent labels or those of the highlight.
 */
export const LabelsLayer = memo(function LabelsLayer({
  labels,
  layer,
  fontSize = 11,
}: {
  labels: readonly PlacedLabel[];
  layer: 'static' | 'highlight';
  fontSize?: number;
}) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> without tabindex is not focusable; the nodes carry the names
    <g
      data-labels={layer}
      textAnchor="middle"
      dominantBaseline="central"
      fontSize={fontSize}
      strokeWidth={3}
      strokeLinejoin="round"
      paintOrder="stroke"
      pointerEvents="none"
      style={{ fill: 'var(--pl-fg)', stroke: 'var(--pl-bg)' }}
      aria-hidden="true"
    >
      {labels.map((l) => (
        // Each label takes the direction of its own script, so a Latin name in an Arabic chart
        // keeps its punctuation and ellipsis where they belong.
        <text key={l.id} x={l.x} y={l.y} direction={RTL_START.test(l.text) ? 'rtl' : 'ltr'}>
          {l.text}
        </text>
      ))}
    </g>
  );
});
