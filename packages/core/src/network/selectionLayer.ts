import { selectionKey } from '../scene/selection.js';
import type { Mark, SceneLayer, Selection } from '../scene/types.js';
import type { PlacedLabel } from '../shared/placeLabels.js';
import type { NetworkModel } from './buildNetworkModel.js';
import { highlightLabels, highlightOf } from './highlight.js';
import { labelMarks } from './labelMarks.js';
import { linkMarks, nodeMark } from './networkMarks.js';

/** Opacity of the static drawing behind a highlight. */
export const DIMMED = 0.28;

/** The node a selection names (an organization, a country's unnamed parties, a hub), or null (a partnership, an unknown id). */
export function selectedNode(model: NetworkModel, selection: Selection | null | undefined): string | null {
  if (!selection || selection.type === 'partnership') return null;
  const key = selectionKey(selection);
  return model.byId.has(key) ? key : null;
}

/**
 * What a selection adds over the dimmed static drawing, as the interactive chart draws it at rest: the
 * selected node's neighbourhood (or a partnership's links and their ends) at full strength, its links in the
 * accent colour, a ring around the selected node and the labels of the highlighted nodes. Null when the
 * selection matches nothing (the drawing is then not dimmed).
 */
export function selectionLayer(
  model: NetworkModel,
  selection: Selection | null | undefined,
  staticLabels: readonly PlacedLabel[],
  size: { width: number; height: number; rtl: boolean },
): SceneLayer | null {
  if (!selection) return null;
  const node = selectedNode(model, selection);
  const hl = highlightOf(model, node, node ?? selectionKey(selection));
  if (hl.nodes.length === 0 && hl.links.length === 0) return null;
  const links = linkMarks(hl.links, { extra: 1 }).map((g) => ({ ...g, fill: 'none', stroke: 'var(--pl-accent)' }));
  const nodes = hl.nodes.flatMap((id) => {
    const n = model.byId.get(id);
    return n ? [{ ...nodeMark(n), key: id }] : [];
  });
  const marks: Mark[] = [...links, ...nodes];
  const n = node ? model.byId.get(node) : undefined;
  if (n) {
    const r = n.r * (n.shape === 'diamond' ? 1.3 : 1) + 3;
    marks.push({
      type: 'circle',
      key: 'selected',
      x: n.x,
      y: n.y,
      r,
      fill: 'none',
      stroke: 'var(--pl-fg)',
      strokeWidth: 2,
    });
  }
  const labels = highlightLabels(model, hl, node, size.width, size.height, size.rtl, staticLabels);
  marks.push(...labelMarks(labels, size.rtl ? 'rtl' : 'ltr'));
  return { id: 'highlight', marks, zoomed: true };
}
