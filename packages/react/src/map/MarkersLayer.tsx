import { kindColor } from '@parklinks/core';
import type { MapMarker, PlacedLabel } from '@parklinks/core/map';
import { memo } from 'react';

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

/** Element id of a marker, for aria-activedescendant. */
export const markerElementId = (prefix: string, index: number) => `${prefix}m${index}`;

/** True when the marker was moved off its place (spread out of a city, or pushed clear of a neighbour). */
const moved = (m: MapMarker) => Math.abs(m.home.x - m.x) + Math.abs(m.home.y - m.y) > 1;

const halo = { stroke: 'var(--pl-bg)', strokeWidth: 3, strokeLinejoin: 'round', paintOrder: 'stroke' } as const;

/**
 * Markers (organizations, closed city clusters with their count, unnamed parties as dashed rings)
 * and their labels, in screen px. Re-renders on zoom and pan, never on hover.
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
        {markers.map((m) =>
          moved(m) ? (
            <g key={`l-${m.id}`}>
              <line
                x1={m.home.x}
                y1={m.home.y}
                x2={m.x}
                y2={m.y}
                style={{ stroke: 'var(--pl-muted)', strokeWidth: 1 }}
              />
              <circle cx={m.home.x} cy={m.home.y} r={1.5} style={{ fill: 'var(--pl-muted)' }} />
            </g>
          ) : null,
        )}
      </g>
      {markers.map((m, i) => (
        // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an SVG group is not interactive; role="img" names the marker for aria-activedescendant
        <g
          key={m.id}
          id={markerElementId(idPrefix, i)}
          data-id={m.id}
          data-type={m.type}
          role="img"
          aria-label={names.get(m.id) ?? m.id}
          style={{ cursor: 'pointer' }}
        >
          {m.type === 'organization' && (
            <circle
              cx={m.x}
              cy={m.y}
              r={m.r}
              style={{ fill: kindColor(m.kind), stroke: 'var(--pl-bg)', strokeWidth: 1 }}
            />
          )}
          {m.type === 'country' && (
            <circle
              cx={m.x}
              cy={m.y}
              r={m.r}
              strokeDasharray="3 2"
              style={{ fill: 'var(--pl-bg)', fillOpacity: 0.55, stroke: kindColor(m.kind), strokeWidth: 2 }}
            />
          )}
          {m.type === 'cluster' && (
            <>
              <circle
                cx={m.x}
                cy={m.y}
                r={m.r}
                style={{ fill: 'var(--pl-surface)', stroke: 'var(--pl-fg)', strokeWidth: 1.5 }}
              />
              <text
                x={m.x}
                y={m.y}
                dy="0.35em"
                textAnchor="middle"
                aria-hidden
                style={{ fill: 'var(--pl-fg)', fontSize: Math.min(11, Math.round(m.r * 1.1)), fontWeight: 700 }}
              >
                {m.members.length}
              </text>
            </>
          )}
        </g>
      ))}
      <g aria-hidden style={{ pointerEvents: 'none' }}>
        {labels.map((l) => (
          <text
            key={l.id}
            x={l.x}
            y={l.y}
            dy="0.35em"
            textAnchor="middle"
            style={{
              ...halo,
              fill: 'var(--pl-fg)',
              fontSize,
              fontStyle: l.id.startsWith('country:') ? 'italic' : undefined,
            }}
          >
            {/* First-strong isolation: a Latin name keeps its punctuation in place inside Arabic text, and vice versa. */}
            {`\u2068${l.text}\u2069`}
          </text>
        ))}
      </g>
    </g>
  );
});
