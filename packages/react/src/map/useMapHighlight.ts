import { useMemo } from 'react';
import type { MapMarker } from './layoutMarkers.js';
import type { ProjectedArc } from './projectArcs.js';

/** Index from endpoint key to the positions of its legs. */
export function arcIndex(arcs: readonly ProjectedArc[]): Map<string, number[]> {
  const idx = new Map<string, number[]>();
  arcs.forEach((a, i) => {
    for (const k of [a.from, a.to]) {
      const list = idx.get(k) ?? [];
      if (list.at(-1) !== i) list.push(i);
      idx.set(k, list);
    }
  });
  return idx;
}

/**
 * What lights up for the active marker: its legs (joined into one path) and the markers at their
 * other ends. Only this recomputes on hover; the static layers stay as they are.
 */
export function useMapHighlight(
  active: MapMarker | undefined,
  arcs: readonly ProjectedArc[],
  index: Map<string, number[]>,
  markers: readonly MapMarker[],
) {
  const visibleOf = useMemo(() => {
    const map = new Map<string, MapMarker>();
    for (const m of markers) {
      map.set(m.id, m);
      if (m.type === 'cluster') for (const id of m.members) map.set(id, m);
    }
    return map;
  }, [markers]);
  return useMemo(() => {
    if (!active) return { d: '', partners: [] as MapMarker[] };
    const keys = new Set(active.type === 'cluster' ? active.members : [active.id]);
    const legs = new Set<number>();
    for (const k of keys) for (const i of index.get(k) ?? []) legs.add(i);
    const partners = new Map<string, MapMarker>();
    let d = '';
    for (const i of [...legs].sort((a, b) => a - b)) {
      const a = arcs[i];
      if (!a) continue;
      d += a.d;
      for (const k of [a.from, a.to]) {
        const m = keys.has(k) ? undefined : visibleOf.get(k);
        if (m && m.id !== active.id) partners.set(m.id, m);
      }
    }
    return { d, partners: [...partners.values()] };
  }, [active, arcs, index, visibleOf]);
}
