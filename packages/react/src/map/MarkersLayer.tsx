import type { Mark, PlacedLabel } from '@parklinks/core';
import { labelMarks, leaderMarks, type MapMarker, markerMarks } from '@parklinks/core/map';
import { memo, type ReactNode, useState } from 'react';
import { SceneMarks, sceneMark } from '../shared/SceneMarks.js';

export type MarkersLayerProps = {
  markers: readonly MapMarker[];
  labels: readonly PlacedLabel[];
  /** Accessible name of each marker, by id. */
  names: Pick<ReadonlyMap<string, string>, 'get'>;
  /** Prefix for element ids (for aria-activedescendant). */
  idPrefix: string;
  /** Label size in px. */
  fontSize: number;
  /**
   * The markers are drawn on a canvas below (`MarkersCanvas`, very many markers in a browser): draw only the labels
   * and, named, the keyboard's active marker (`active`), the element `aria-activedescendant` points at.
   */
  canvas?: boolean;
  active?: MapMarker | undefined;
};

/**
 * Element id of a marker, for aria-activedescendant: from the marker's own id (characters outside `A-Za-z0-9-`
 * escaped), so opening a cluster, which inserts markers, leaves the other markers' ids alone.
 */
export const markerElementId = (prefix: string, id: string) =>
  `${prefix}m-${id.replace(/[^A-Za-z0-9-]/g, (c) => `_${c.charCodeAt(0).toString(36)}_`)}`;

type Drawn<K extends object> = WeakMap<K, { with: readonly unknown[]; el: ReactNode }>;

/** The element drawn for `key` with the same `deps` (compared with ===) before, else `draw()`'s, kept for next time. */
function kept<K extends object>(drawn: Drawn<K>, key: K, deps: readonly unknown[], draw: () => ReactNode): ReactNode {
  const hit = drawn.get(key);
  if (hit && hit.with.length === deps.length && hit.with.every((d, i) => d === deps[i])) return hit.el;
  const el = draw();
  drawn.set(key, { with: deps, el });
  return el;
}

/**
 * Markers (organizations, closed city clusters with their count, unnamed parties as dashed rings)
 * and their labels, in screen px, drawn from the map scene's marks. Re-renders on zoom and pan, never on hover.
 * With very many markers in a browser, a canvas draws them and this layer only the labels and the keyboard's marker.
 * Each marker's and label's element is kept while the marker (or label) object stays the same: opening a cluster
 * places only its members and the labels around them (`relayoutMarkers`, `labelsAfter`), and React leaves every other
 * element alone.
 */
export const MarkersLayer = memo(function MarkersLayer({
  markers,
  labels,
  names,
  idPrefix,
  fontSize,
  canvas = false,
  active,
}: MarkersLayerProps) {
  const [drawn] = useState(() => ({
    markers: new WeakMap() as Drawn<MapMarker>,
    labels: new WeakMap() as Drawn<PlacedLabel>,
  }));
  const named = canvas ? (active ? [active] : []) : markers;
  return (
    <g>
      {!canvas && (
        <g aria-hidden>
          <SceneMarks marks={leaderMarks(markers)} named={false} />
        </g>
      )}
      {named.map((m) => {
        const name = names.get(m.id) ?? m.id;
        // The name string comes from the per-model text cache: the same string object while it stays the same.
        return kept(drawn.markers, m, [idPrefix, name], () =>
          sceneMark(markerMarks([m], names)[0] as Mark, m.id, { id: markerElementId(idPrefix, m.id) }),
        );
      })}
      <g aria-hidden style={{ pointerEvents: 'none' }}>
        {labels.map((l) =>
          kept(drawn.labels, l, [fontSize], () =>
            sceneMark(labelMarks([l], fontSize)[0] as Mark, l.id, { named: false }),
          ),
        )}
      </g>
    </g>
  );
});
