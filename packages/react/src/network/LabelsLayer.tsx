import { memo } from 'react';
import type { PlacedLabel } from './placeLabels.js';

/** Labels with a halo in the background colour, so they stay readable over links. */
export const LabelsLayer = memo(function LabelsLayer({
  labels,
  fontSize = 11,
  weight,
}: {
  labels: readonly PlacedLabel[];
  fontSize?: number;
  weight?: number;
}) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> without tabindex is not focusable; the nodes carry the names
    <g
      textAnchor="middle"
      dominantBaseline="central"
      fontSize={fontSize}
      fontWeight={weight}
      strokeWidth={3}
      strokeLinejoin="round"
      paintOrder="stroke"
      pointerEvents="none"
      style={{ fill: 'var(--pl-fg)', stroke: 'var(--pl-bg)' }}
      aria-hidden="true"
    >
      {labels.map((l) => (
        <text key={l.id} x={l.x} y={l.y}>
          {l.text}
        </text>
      ))}
    </g>
  );
});
