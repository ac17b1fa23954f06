import type { MapMarker } from './layoutMarkers.js';

export type HighlightLayerProps = {
  /** Joined paths of the highlighted legs (in map px, before zoom). */
  arcs: string;
  /** Zoom transform attribute for the arcs. */
  transform: string;
  /** The selected marker, ringed. */
  selected?: MapMarker;
  /** The marker with keyboard focus, shown with the focus ring. */
  focused?: MapMarker;
  /** Partner markers of the highlighted one, outlined. */
  partners: readonly MapMarker[];
  /** The hovered marker, outlined a little more strongly than its partners. */
  hovered?: MapMarker;
};

/** The small layer that changes on hover, focus and selection: highlighted legs and rings. */
export function HighlightLayer({ arcs, transform, selected, focused, partners, hovered }: HighlightLayerProps) {
  return (
    <g aria-hidden style={{ pointerEvents: 'none' }}>
      {arcs && (
        <g transform={transform}>
          <path
            d={arcs}
            vectorEffect="non-scaling-stroke"
            style={{ fill: 'none', stroke: 'var(--pl-bg)', strokeWidth: 4, strokeOpacity: 0.7 }}
          />
          <path
            d={arcs}
            data-highlight=""
            vectorEffect="non-scaling-stroke"
            style={{ fill: 'none', stroke: 'var(--pl-focus)', strokeWidth: 2 }}
          />
        </g>
      )}
      {partners.map((m) => (
        <circle
          key={m.id}
          cx={m.x}
          cy={m.y}
          r={m.r + 2}
          style={{ fill: 'none', stroke: 'var(--pl-focus)', strokeWidth: 1.5 }}
        />
      ))}
      {hovered && (
        <circle
          cx={hovered.x}
          cy={hovered.y}
          r={hovered.r + 2.5}
          style={{ fill: 'none', stroke: 'var(--pl-focus)', strokeWidth: 2.5 }}
        />
      )}
      {selected && (
        <circle
          cx={selected.x}
          cy={selected.y}
          r={selected.r + 3}
          data-selected-ring=""
          style={{ fill: 'none', stroke: 'var(--pl-fg)', strokeWidth: 2.5 }}
        />
      )}
      {focused && (
        <>
          <circle
            cx={focused.x}
            cy={focused.y}
            r={focused.r + 6}
            style={{ fill: 'none', stroke: 'var(--pl-bg)', strokeWidth: 4 }}
          />
          <circle
            cx={focused.x}
            cy={focused.y}
            r={focused.r + 6}
            data-focus-ring=""
            style={{ fill: 'none', stroke: 'var(--pl-focus)', strokeWidth: 2.5 }}
          />
        </>
      )}
    </g>
  );
}
