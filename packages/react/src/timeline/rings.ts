import type { TimelineItem } from '@parklinks/core/timeline';
import { useStoreValue, type ValueStore } from '../shared/valueStore.js';

export type RingKind = 'focus' | 'selected' | 'hover';
/** A mark to ring: keyboard focus, selection or hover (by event id). */
export type Ring = { id: string; kind: RingKind };

/** Keyboard index of the hovered event, or null; set on pointer moves, read only by the overlays and the tooltip. */
export type HoverStore = ValueStore<number | null>;

/**
 * `rings` (focus, selection) plus a thin one around the hovered event, unless that event is
 * already ringed. Reads the hover store, so a hover re-renders only the overlay that calls this.
 */
export function useRings(rings: readonly Ring[], hover: HoverStore, items: readonly TimelineItem[]): readonly Ring[] {
  const h = useStoreValue(hover);
  const id = h === null ? undefined : items[h]?.id;
  if (!id || rings.some((r) => r.id === id)) return rings;
  return [...rings, { id, kind: 'hover' }];
}
