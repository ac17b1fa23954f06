import type { PlacedLabel, TextMark } from '@parklinks/core';
import type { LinkView, NetworkModel, NodeView } from '@parklinks/core/network';
import { highlightLabels, highlightOf, labelMarks } from '@parklinks/core/network';
import { type SVGProps, useCallback, useMemo } from 'react';
import { useWhenIdle } from '../shared/hooks.js';
import { useStoreValue, type ValueStore } from '../shared/valueStore.js';
import { LinkPaths, NodeShape } from './GraphLayer.js';
import { LabelsLayer } from './LabelsLayer.js';

export type HighlightLayerProps = {
  model: NetworkModel;
  /** Nodes redrawn at full strength over the dimmed graph (the active node and its neighbours). */
  nodes: readonly string[];
  /** Links redrawn in the accent colour. */
  links: readonly LinkView[];
  /** Selected node: a solid ring. */
  selectedId: string | null;
  /** Neighbour picked by the keyboard: a dashed ring. */
  candidateId: string | null;
  /** Node holding keyboard focus: the focus ring. */
  focusId: string | null;
  labels: readonly TextMark[];
};

/** The small layer drawn over the static graph for hover, focus and selection. */
export function HighlightLayer({ model, nodes, links, selectedId, candidateId, focusId, labels }: HighlightLayerProps) {
  const ring = (id: string | null, grow: number, style: SVGProps<SVGCircleElement>) => {
    const n = id ? model.byId.get(id) : undefined;
    return n ? (
      <circle cx={n.x} cy={n.y} r={n.r * (n.shape === 'diamond' ? 1.3 : 1) + grow} fill="none" {...style} />
    ) : null;
  };
  return (
    <g pointerEvents="none">
      <g fill="none" style={{ stroke: 'var(--pl-accent)' }}>
        <LinkPaths links={links} extra={1} />
      </g>
      {nodes.map((id) => {
        const n = model.byId.get(id);
        return n ? <NodeShape key={id} node={n} at /> : null;
      })}
      {ring(selectedId, 3, { strokeWidth: 2, style: { stroke: 'var(--pl-fg)' } })}
      {ring(candidateId, 4, { strokeWidth: 2, strokeDasharray: '3 2', style: { stroke: 'var(--pl-accent)' } })}
      {/* The focus ring sits on a halo of the background colour so it stands apart from any node colour. */}
      {ring(focusId, 6.5, { strokeWidth: 5.5, style: { stroke: 'var(--pl-bg)' } })}
      {ring(focusId, 6.5, { strokeWidth: 2.5, style: { stroke: 'var(--pl-focus)' } })}
      {/* The regular weight of the permanent labels: a first bold text cost the first hover ~2 ms of layout (a new face to shape with); the faded drawing behind already sets these apart. */}
      <LabelsLayer labels={labels} layer="highlight" />
    </g>
  );
}

export type HighlightOverlayProps = {
  model: NetworkModel;
  /** The node under the pointer; it takes precedence over keyboard focus and selection. */
  hover: ValueStore<string | null>;
  /** Node holding keyboard focus. */
  focusId: string | null;
  /** Neighbour picked by the keyboard. */
  candidateId: string | null;
  /** Selected node, or null (also when the selection names a partnership). */
  selectedNode: string | null;
  /** Selection as given: a node, a partnership (its links are highlighted) or null. */
  selectedId: string | null;
  /** Permanent labels: a highlighted node keeps its own, the others are placed around them. */
  staticLabels: readonly PlacedLabel[];
  width: number;
  height: number;
  rtl: boolean;
};

/**
 * The highlight of the hovered, focused or selected node. The only part of the drawing that reads
 * the hover store, so a hover renders this layer (and the tooltip) and nothing else; the
 * neighbourhood is a lookup in the model and only its few labels are placed.
 */
export function HighlightOverlay(p: HighlightOverlayProps) {
  const { model, selectedId, staticLabels, width, height, rtl } = p;
  const hovered = useStoreValue(p.hover);
  const active = hovered ?? p.focusId ?? p.selectedNode;
  const hl = useMemo(() => highlightOf(model, active, selectedId), [model, active, selectedId]);
  const labels = useMemo(
    () => labelMarks(highlightLabels(model, hl, active, width, height, rtl, staticLabels), rtl ? 'rtl' : 'ltr'),
    [model, hl, active, width, height, rtl, staticLabels],
  );
  // A highlight's first computation ran cold on the first hover (interpreted code): run one when the browser is idle.
  useWhenIdle(
    useCallback(() => {
      // The busiest node: the most labels to place, as on a hover of a hub.
      const id = model.nodes.reduce<NodeView | null>((a, n) => (a && a.degree >= n.degree ? a : n), null)?.id ?? null;
      labelMarks(highlightLabels(model, highlightOf(model, id, null), id, width, height, rtl, staticLabels), 'ltr');
    }, [model, width, height, rtl, staticLabels]),
  );
  return (
    <HighlightLayer
      model={model}
      nodes={hl.nodes}
      links={hl.links}
      selectedId={p.selectedNode}
      candidateId={p.candidateId}
      focusId={p.focusId}
      labels={labels}
    />
  );
}
