import type { MapHighlight, MapMarker, MarkerText } from '@parklinks/core/map';
import { type ReactNode, useMemo } from 'react';
import { TooltipLayer } from '../shared/TooltipCard.js';
import { VeilLayer } from '../shared/VeilLayer.js';
import { useStoreValue, type ValueStore } from '../shared/valueStore.js';
import { MapTooltip } from './MapTooltip.js';

export type HighlightLayerProps = {
  /** The highlighted legs and partners (legs in map px, before zoom). */
  highlight?: MapHighlight;
  /** Zoom transform attribute for the legs. */
  transform: string;
  /** The selected marker, ringed. */
  selected?: MapMarker | undefined;
  /** The marker with keyboard focus, shown with the focus ring. */
  focused?: MapMarker | undefined;
  /** The hovered marker, outlined a little more strongly than its partners. */
  hovered?: MapMarker | undefined;
};

// No halo under the legs (the static scene's has one): the veil already fades everything under this overlay, so a
// 4 px halo in the background colour changed nothing to the eye, and stroking it cost 4–5 ms of the first hover's
// raster (its 12 tiles 9.9–12.4 → 4.6–7.5 ms on the plain medium map; notes, session 15).
const legStyle = { fill: 'none', stroke: 'var(--pl-focus)', strokeWidth: 2 } as const;

const r1 = (v: number) => Math.round(v * 10) / 10;
/** Circles `pad` px outside the markers, as one path (one element however many partners a busy marker has). */
const rings = (markers: readonly MapMarker[], pad: number) =>
  markers
    .map(({ x, y, r }) => {
      const R = r1(r + pad);
      return `M${r1(x - R)} ${y}a${R} ${R} 0 1 0 ${r1(2 * R)} 0a${R} ${R} 0 1 0 ${r1(-2 * R)} 0`;
    })
    .join('');

/** The small layer that changes on hover, focus and selection: highlighted legs and rings. */
export function HighlightLayer({ highlight, transform, selected, focused, hovered }: HighlightLayerProps) {
  const { solid = '', dashed = '', legs = 0, partners = [] } = highlight ?? {};
  return (
    <g aria-hidden style={{ pointerEvents: 'none' }}>
      {legs > 0 && (
        <g transform={transform} data-highlight-legs={legs}>
          {solid && <path d={solid} data-highlight="" vectorEffect="non-scaling-stroke" style={legStyle} />}
          {dashed && (
            <path
              d={dashed}
              data-highlight="multilateral"
              strokeDasharray="5 3"
              vectorEffect="non-scaling-stroke"
              style={legStyle}
            />
          )}
        </g>
      )}
      {partners.length > 0 && (
        <path
          d={rings(partners, 2)}
          data-partners={partners.length}
          style={{ fill: 'none', stroke: 'var(--pl-focus)', strokeWidth: 1.5 }}
        />
      )}
      {hovered && (
        <circle
          cx={hovered.x}
          cy={hovered.y}
          r={hovered.r + 2.5}
          data-hover-ring=""
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

/** The marker under the pointer (from the hover store), if it is one of `byId`. */
function useHovered(hover: ValueStore<string | null>, byId: ReadonlyMap<string, MapMarker>) {
  const id = useStoreValue(hover);
  return id ? byId.get(id) : undefined;
}

export type ActiveHighlightProps = {
  /** Id of the marker under the pointer: the only state a hover changes. */
  hover: ValueStore<string | null>;
  byId: ReadonlyMap<string, MapMarker>;
  /** What is highlighted when nothing is hovered: the keyboard-focused, else the selected marker. */
  fallback: MapMarker | undefined;
  /** Highlight of a marker (memoised by the caller per data, projection and layout). */
  highlightOf: (m: MapMarker | undefined) => MapHighlight;
  transform: string;
  selected: MapMarker | undefined;
};

/**
 * The legs and partner rings of the hovered (else focused or selected) marker, under the markers.
 * It reads the hover store itself, so a hover re-renders this overlay, not the map.
 */
export function ActiveHighlight({ hover, byId, fallback, highlightOf, transform, selected }: ActiveHighlightProps) {
  const active = useHovered(hover, byId) ?? fallback;
  const highlight = useMemo(() => highlightOf(active), [highlightOf, active]);
  return <HighlightLayer highlight={highlight} transform={transform} selected={selected} />;
}

/** The hover and focus rings, above the markers; reads the hover store itself. */
export function HoverRings({
  hover,
  byId,
  focused,
}: {
  hover: ValueStore<string | null>;
  byId: ReadonlyMap<string, MapMarker>;
  /** The keyboard-focused marker, while the keyboard is in use. */
  focused: MapMarker | undefined;
}) {
  const hovered = useHovered(hover, byId);
  return <HighlightLayer transform="" hovered={hovered} focused={focused} />;
}

/** Tooltip of the hovered marker, else of the keyboard-focused one; reads the hover store itself. */
export function HoverTooltip({
  hover,
  byId,
  focused,
  texts,
  width,
  height,
}: {
  hover: ValueStore<string | null>;
  byId: ReadonlyMap<string, MapMarker>;
  focused: MapMarker | undefined;
  texts: ReadonlyMap<string, MarkerText>;
  width: number;
  height: number;
}): ReactNode {
  const id = useStoreValue(hover);
  const tip = id ? byId.get(id) : focused;
  const text = tip && texts.get(tip.id);
  // Always mounted (see TooltipLayer): showing the card lays out and rasters that box alone, not the map.
  return (
    <TooltipLayer>
      {tip && text ? <MapTooltip marker={tip} text={text} width={width} height={height} /> : null}
    </TooltipLayer>
  );
}

/**
 * The map's veil (`VeilLayer`), above land and legs, that fades them while some legs are highlighted. Land and legs
 * stay in the page's own layer at rest — each in a layer of its own, they cost a first paint 25–70 ms of raster (2–3
 * more layers of tiles; software-rastered Chromium, small to large maps) — and a hover changes neither. Under the
 * interactive `<svg>`.
 */
export function Veil({
  hover,
  byId,
  fallback,
  hasLegs,
}: {
  hover: ValueStore<string | null>;
  byId: ReadonlyMap<string, MapMarker>;
  fallback: MapMarker | undefined;
  hasLegs: (m: MapMarker) => boolean;
}) {
  const active = useHovered(hover, byId) ?? fallback;
  const dim = active ? hasLegs(active) : false;
  return <VeilLayer opacity={dim ? 0.6 : 0} data={{ 'data-layer': 'veil' }} />;
}
