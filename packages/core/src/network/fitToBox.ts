import type { RepelNode } from './forceRepel.js';

/**
 * Scales and centres nodes so their discs fill the box inset by `inset`, each axis on its own
 * (a force layout has no preferred orientation or aspect) and never enlarged more than 3×, so a
 * handful of nodes is not blown up to the corners.
 */
export function fitToBox(nodes: RepelNode[], box: { width: number; height: number; inset: number }): void {
  if (nodes.length === 0) return;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  let rMax = 0;
  for (const n of nodes) {
    x0 = Math.min(x0, n.x ?? 0);
    x1 = Math.max(x1, n.x ?? 0);
    y0 = Math.min(y0, n.y ?? 0);
    y1 = Math.max(y1, n.y ?? 0);
    rMax = Math.max(rMax, n.r);
  }
  const m = box.inset + rMax;
  const fit = (v: number, lo: number, hi: number, size: number) => {
    if (hi - lo < 1e-9) return size / 2;
    const k = Math.min(3, Math.max(0, size - 2 * m) / (hi - lo));
    return size / 2 + (v - (lo + hi) / 2) * k;
  };
  for (const n of nodes) {
    n.x = fit(n.x ?? 0, x0, x1, box.width);
    n.y = fit(n.y ?? 0, y0, y1, box.height);
  }
}
