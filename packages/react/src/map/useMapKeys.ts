import type { MapMarker } from '@parklinks/core/map';
import { type Direction, nearestInDirection } from '@parklinks/core/map';
import { type KeyboardEvent, useCallback } from 'react';

const arrows: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

export type MapKeyboardActions = {
  markers: readonly MapMarker[];
  /** Where the arrows start when nothing has focus yet. */
  first: MapMarker | undefined;
  focused: MapMarker | undefined;
  setFocus: (id: string) => void;
  /** Enter on a marker: select it, or open a city cluster. */
  activate: (m: MapMarker) => void;
  /** Escape: clear selection and close clusters. */
  clear: () => void;
  zoomBy: (factor: number) => void;
  reset: () => void;
};

/**
 * Keys of the map's single tab stop: arrows move spatially to the nearest marker in that
 * direction, Enter/Space activate, Escape clears, + and − zoom, 0 resets.
 */
export function useMapKeys({ markers, first, focused, setFocus, activate, clear, zoomBy, reset }: MapKeyboardActions) {
  return useCallback(
    (e: KeyboardEvent) => {
      const dir = arrows[e.key];
      if (dir) {
        e.preventDefault();
        if (!focused) {
          if (first) setFocus(first.id);
          return;
        }
        const next = nearestInDirection(
          markers.filter((m) => m.id !== focused.id),
          focused,
          dir,
        );
        if (next) setFocus(next);
      } else if (e.key === 'Enter' || e.key === ' ') {
        if (!focused) return;
        e.preventDefault();
        activate(focused);
      } else if (e.key === 'Escape') clear();
      else if (e.key === '+' || e.key === '=') zoomBy(1.5);
      else if (e.key === '-' || e.key === '_') zoomBy(1 / 1.5);
      else if (e.key === '0') reset();
    },
    [markers, first, focused, setFocus, activate, clear, zoomBy, reset],
  );
}
