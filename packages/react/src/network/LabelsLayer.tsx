import type { TextMark } from '@parklinks/core';
import { LABEL_SIZE, textDirection } from '@parklinks/core/network';
import { memo } from 'react';

/**
 * The scene's label marks (`labelMarks`), with a halo in the background colour so they stay readable
 * over links. `layer` names the group (`data-labels`): the permanent labels or those of the highlight.
 */
export const LabelsLayer = memo(function LabelsLayer({
  labels,
  layer,
}: {
  labels: readonly TextMark[];
  layer: 'static' | 'highlight';
}) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> without tabindex is not focusable; the nodes carry the names
    <g
      data-labels={layer}
      textAnchor="middle"
      dominantBaseline="central"
      fontSize={LABEL_SIZE}
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
        <text key={l.key} x={l.x} y={l.y} direction={textDirection(l.text)}>
          {l.text}
        </text>
      ))}
    </g>
  );
});
