import type { ZoomTransform } from '@parklinks/core';
import {
  type ArcStyle,
  type CityPair,
  COMBINE_ARCS_ABOVE,
  type CountryFeature,
  type MapMarker,
  type ProjectedPair,
} from '@parklinks/core/map';
import type { GeoProjection } from 'd3-geo';
import type { CSSProperties } from 'react';
import type { ValueStore } from '../shared/valueStore.js';
import { ArcsCanvas } from './ArcsCanvas.js';
import { ArcsLayer } from './ArcsLayer.js';
import { CountriesLayer } from './CountriesLayer.js';
import { Veil } from './HighlightLayer.js';

export type StaticLayersProps = {
  width: number;
  height: number;
  projection: GeoProjection;
  /** ISO codes of shaded countries, joined by commas. */
  active: string;
  /** The basemap's polygons. */
  features: readonly CountryFeature[];
  /** The legs: one SVG path per pair of places (`svg`), or the pairs to draw on a canvas (`canvas`). */
  arcs: StaticArcs;
  /** The zoom the layers were last drawn at. */
  settled: ZoomTransform;
  /** The zoom on screen now; the difference is bridged by a CSS transform until the layers redraw. */
  live: ZoomTransform;
  /** Land and legs fade (the veil) while some legs are highlighted: for the hovered marker (read from this store), else `fallback`. */
  hover: ValueStore<string | null>;
  byId: ReadonlyMap<string, MapMarker>;
  fallback: MapMarker | undefined;
  hasLegs: (m: MapMarker) => boolean;
};

/** What the static legs are drawn from: SVG paths, or (very many pairs, in a browser) a canvas. */
export type StaticArcs =
  | { svg: readonly ProjectedPair[] }
  | {
      canvas: {
        pairs: readonly CityPair[];
        places: ReadonlyMap<string, [number, number]>;
        style: ArcStyle;
      };
    };

const r = (v: number) => Math.round(v * 1000) / 1000;
export const zoomAttr = (t: ZoomTransform) => `translate(${r(t.x)} ${r(t.y)}) scale(${r(t.k)})`;

/**
 * Land and legs (SVG; the legs on a canvas above `CANVAS_ARCS_ABOVE` pairs), drawn in the page's own layer at
 * rest: hovering, focusing or dimming never repaints them, since the highlights are overlays in layers of their own
 * and dimming is a veil's opacity (`Veil`). During a gesture each becomes a composited layer that follows
 * by a CSS transform (no repaint) until the zoom settles and they redraw crisply. Measured at 10,000 legs in
 * software-rastered Chromium: an overlay change in the same SVG repainted all legs (250–400 ms).
 */
export function StaticLayers({
  width,
  height,
  projection,
  active,
  features,
  arcs,
  settled,
  live,
  hover,
  byId,
  fallback,
  hasLegs,
}: StaticLayersProps) {
  const s = live.k / settled.k;
  const moving = live.k !== settled.k || live.x !== settled.x || live.y !== settled.y;
  // Absolute, so blocks; under the interactive <svg>, so never hit.
  const layer: CSSProperties = {
    position: 'absolute',
    inset: 0,
    // A layer of its own only during a gesture (at rest a composited layer is tiles to raster at every paint).
    willChange: moving ? 'transform' : undefined,
    transformOrigin: '0 0',
    transform: moving
      ? `translate(${r(live.x - s * settled.x)}px, ${r(live.y - s * settled.y)}px) scale(${r(s)})`
      : undefined,
  };
  const transform = zoomAttr(settled);
  // Clipped to the map: during a gesture the layers move by their transform past its edges (over the legend).
  // Hidden from assistive technology as a whole (the markers' <svg> and the data table say what it shows).
  return (
    <div aria-hidden style={{ position: 'absolute', inset: 0, overflow: 'hidden' }}>
      {/* biome-ignore lint/a11y/noSvgWithoutTitle: hidden with the wrapper (aria-hidden above) */}
      <svg width={width} height={height} style={layer}>
        <g transform={transform}>
          <CountriesLayer projection={projection} active={active} features={features} />
        </g>
      </svg>
      <div style={layer}>
        {'svg' in arcs ? (
          // biome-ignore lint/a11y/noSvgWithoutTitle: hidden with the wrapper (aria-hidden above)
          <svg width={width} height={height}>
            <g transform={transform}>
              <ArcsLayer pairs={arcs.svg} mode={arcs.svg.length > COMBINE_ARCS_ABOVE ? 'combined' : 'paths'} />
            </g>
          </svg>
        ) : (
          <ArcsCanvas
            pairs={arcs.canvas.pairs}
            places={arcs.canvas.places}
            projection={projection}
            arcStyle={arcs.canvas.style}
            zoom={settled}
            width={width}
            height={height}
          />
        )}
      </div>
      <Veil hover={hover} byId={byId} fallback={fallback} hasLegs={hasLegs} />
    </div>
  );
}
