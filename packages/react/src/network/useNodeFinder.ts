import type { ZoomTransform } from '@parklinks/core';
import type { NetworkModel, NodeView } from '@parklinks/core/network';
import { viewBoxPoint } from '@parklinks/core/network';
import { quadtree } from 'd3-quadtree';
import { useMemo } from 'react';

/**
 * Finds the node under a pointer event (within a few px of its edge, so small dots are easy to
 * hit) through a quadtree built once per model; the nodes need no event handlers of their own.
 */
export function useNodeFinder(model: NetworkModel) {
  return useMemo(() => {
    const tree = quadtree<NodeView>(
      model.nodes,
      (n) => n.x,
      (n) => n.y,
    );
    const maxR = model.nodes.reduce((r, n) => Math.max(r, n.r), 0);
    return (e: { clientX: number; clientY: number; currentTarget: Element }, t: ZoomTransform): NodeView | null => {
      const [px, py] = viewBoxPoint(e.currentTarget, e.clientX, e.clientY);
      const x = (px - t.x) / t.k;
      const y = (py - t.y) / t.k;
      const n = tree.find(x, y, maxR + 8 / t.k);
      return n && Math.hypot(n.x - x, n.y - y) <= n.r + 6 / t.k ? n : null;
    };
  }, [model]);
}
