import { type PlacedLabel, placeLabels } from '../shared/placeLabels.js';
import type { NetworkModel } from './buildNetworkModel.js';

/** Below this many px² per node, permanent labels may cover small nodes: there is no free space left between them. */
const CROWDED = 3500;
/** How many of the largest nodes always get a label. */
const HUBS = 8;

/**
 * The permanent labels: the largest organizations and countries first (hubs are labelled only when
 * highlighted), at most `maxLabels` (default one per 9,000 px², or per 20,000 px² in a crowded
 * graph: less than 3,500 px² per node). Labels avoid every node in a sparse graph; in a crowded one only the other labelled
 * nodes, their halo then covering a few small dots.
 */
export function staticLabelsOf(
  model: NetworkModel,
  width: number,
  height: number,
  rtl: boolean,
  maxLabels?: number,
): PlacedLabel[] {
  const crowded = (width * height) / Math.max(1, model.nodes.length) < CROWDED;
  const limit = maxLabels ?? Math.max(6, Math.round((width * height) / (crowded ? 20000 : 9000)));
  const candidates = model.nodes
    .filter((n) => n.type !== 'hub')
    .sort((a, b) => b.degree - a.degree || b.r - a.r || (a.id < b.id ? -1 : 1))
    .slice(0, limit);
  // The hubs (the few largest nodes, with 3 or more links) are always named: a chart whose biggest
  // circles carry no name does not show who the connectors are.
  const hubs = new Set(
    candidates
      .filter((n) => n.degree >= 3)
      .slice(0, HUBS)
      .map((n) => n.id),
  );
  const requests = candidates.map((n) => ({
    id: n.id,
    x: n.x,
    y: n.y,
    r: n.r,
    text: n.label,
    priority: n.degree,
    force: hubs.has(n.id),
  }));
  return placeLabels(requests, {
    width,
    height,
    obstacles: crowded ? candidates : model.nodes,
    prefer: rtl ? 'left' : 'right',
  });
}
