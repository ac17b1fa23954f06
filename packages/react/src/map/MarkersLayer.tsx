import type { PlacedLabel } from '@parklinks/core';
import { labelMarks, leaderMarks, type MapMarker, markerMarks } from '@parklinks/core/map';
import { memo } from 'react';
import { SceneMarks } from '../shared/SceneMarks.js';

export type MarkersLayerProps = {
  markers: readonly MapMarker[];
  labels: readonly PlacedLabel[];
  /** Accessible name of each marker, by id. */
  names: ReadonlyMap<string, string>;
  /** Prefix for element ids (for aria-activedescendant). */
  idPrefix: string;
  /** Label size in px. */
  fontSize: number;
};

/**
 * Element id of a marker, for aria-activedescendant: from the marker's own id (characters outside `A-Za-z0-9-`
 * escaped), so opening a cluster, which inserts markers, leaves the other markers' ids alone.
 */
export const markerElementId = (prefix: string, id: string) =>
  `${prefix}m-${id.replace(/[^A-Za-z0-9-]/g, (c) => `_${c.charCodeAt(0).toString(36)}_`)}`;

/**
 * Markers (organizations, closed city clusters with their count, unnamed parties as dashed rings)
 * and their labels, in screen px, drawn from the map scene's marks. Re-renders on zoom and pan, never on hover.
 */
export const MarkersLayer = memo(function MarkersLayer({
  markers,
  labels,
  names,
  idPrefix,
  fontSize,
}: MarkersLayerProps) {
  return (
    <g>
      <g aria-hidden>
        <SceneMarks marks={leaderMarks(markers)} named={false} />
      </g>
      <SceneMarks
        marks={markerMarks(markers, names)}
        idOf={(i) => markerElementId(idPrefix, markers[i]?.id ?? String(i))}
      />
      <g aria-hidden style={{ pointerEvents: 'none' }}>
        <SceneMarks marks={labelMarks(labels, fontSize)} named={false} />
      </g>
    </g>
  );
});
