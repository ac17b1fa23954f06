import type { NetworkNode } from '@parklinks/data';

/**
 * Radius function for a network drawn in `width × height` px. Organizations and country nodes
 * grow with the square root of their degree (area ∝ degree) between a minimum and a maximum set by
 * the area each node gets; the whole range then shrinks until the discs cover at most a quarter
 * of the box, so a dense network gets dots and a sparse one discs. Hubs of multilateral
 * agreements stay small whatever their member count.
 */
export function nodeRadius(
  nodes: readonly NetworkNode[],
  width: number,
  height: number,
): (node: NetworkNode) => number {
  const area = Math.max(1, width) * Math.max(1, height);
  const spacing = Math.sqrt(area / Math.max(1, nodes.length));
  let maxDegree = 1;
  for (const n of nodes) if (n.type !== 'hub' && n.degree > maxDegree) maxDegree = n.degree;
  const span = Math.sqrt(maxDegree - 1) || 1;
  const raw = (n: NetworkNode) => (n.type === 'hub' ? 0 : Math.sqrt(Math.max(0, n.degree - 1)) / span);
  const range = (k: number) => ({ lo: clamp(spacing * 0.16 * k, 2, 6), hi: clamp(spacing * 0.55 * k, 4, 22) });
  let k = 1;
  for (let step = 0; step < 12; step++) {
    const { lo, hi } = range(k);
    let covered = 0;
    for (const n of nodes) covered += Math.PI * (lo + (hi - lo) * raw(n) + 2) ** 2;
    if (covered <= area / 4) break;
    k *= 0.85;
  }
  const { lo, hi } = range(k);
  const hub = clamp(lo, 2.5, 5);
  return (n) => (n.type === 'hub' ? hub : Math.round((lo + (hi - lo) * raw(n)) * 10) / 10);
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
