import type { TextMark } from '@parklinks/core';
import type { NetworkModel } from '@parklinks/core/network';
import { type CSSProperties, memo, useSyncExternalStore } from 'react';
import type { ValueStore } from '../shared/valueStore.js';
import { GraphLayer } from './GraphLayer.js';
import { LabelsLayer } from './LabelsLayer.js';

export type StaticDrawingProps = {
  model: NetworkModel;
  /** The permanent labels: the scene's label marks. */
  labels: readonly TextMark[];
  /** Layout size (the viewBox) and size on screen. */
  width: number;
  height: number;
  shownWidth: number;
  shownHeight: number;
  /** Zoom transform of the inner group. */
  transform: string;
  /** Zoom factor, for stroke widths that stay thin (`--pl-net-k`). */
  k: number;
  /** Faded behind a highlight that does not come from the pointer (keyboard focus, selection). */
  dim: boolean;
  /** The node under the pointer: the drawing also fades while it is set. */
  hover: ValueStore<string | null>;
  label: string;
  style: CSSProperties;
};

/**
 * Every link, node and permanent label, in an svg of its own so that a highlight fades it with a
 * compositor-only opacity change instead of repainting thousands of paths. Its nodes carry their
 * accessible names (with their partnerships), so the server markup names everything even before
 * the data table is opened. Memoised, and it reads the hover store only as "is a node hovered?":
 * moving from node to node does not render it at all, and entering or leaving the graph renders
 * only this svg element (the graph and labels layers inside are memoised and skipped).
 */
export const StaticDrawing = memo(function StaticDrawing(p: StaticDrawingProps) {
  const { hover } = p;
  const hovering = useSyncExternalStore(
    hover.subscribe,
    () => hover.get() !== null,
    () => false,
  );
  return (
    // biome-ignore lint/a11y/useSemanticElements: an svg cannot be a fieldset; the group names the drawing's nodes
    <svg
      width={p.shownWidth}
      height={p.shownHeight}
      viewBox={`0 0 ${p.width} ${p.height}`}
      preserveAspectRatio="none"
      role="group"
      aria-label={p.label}
      focusable="false"
      style={{ ...p.style, opacity: p.dim || hovering ? 0.28 : 1, willChange: 'opacity' }}
    >
      <g transform={p.transform} style={{ '--pl-net-k': p.k } as CSSProperties}>
        <GraphLayer model={p.model} />
        <LabelsLayer labels={p.labels} layer="static" />
      </g>
    </svg>
  );
});
