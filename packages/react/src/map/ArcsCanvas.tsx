import type { ZoomTransform } from '@parklinks/core';
import { type ArcStyle, arcWidths, type CityPair, pairStroke, pointProjector, tracePairs } from '@parklinks/core/map';
import type { GeoProjection } from 'd3-geo';
import { memo, useCallback, useMemo } from 'react';
import { CanvasLayer } from '../shared/CanvasLayer.js';

export type ArcsCanvasProps = {
  /** The model's pairs of places joined by legs. */
  pairs: readonly CityPair[];
  /** Where each place is (lon, lat), by the pairs' `from` and `to`. */
  places: ReadonlyMap<string, [number, number]>;
  projection: GeoProjection;
  arcStyle: ArcStyle;
  /** The zoom to draw at (the settled one: during a gesture the layer's CSS transform carries the drawing). */
  zoom: ZoomTransform;
  width: number;
  height: number;
};

/**
 * The static legs of a map with very many pairs of places, drawn on a canvas: the same lines, weights and
 * colour as `ArcsLayer`'s SVG paths, traced from the projected places into one `Path2D` per weight class
 * (no path strings, no element per pair). The paths are traced on the first draw and kept for the
 * projection; zooming and panning only stroke them again under another transform, with the same line widths
 * on screen. Hover and selection never draw it again: they change the layer's opacity and an SVG overlay.
 */
export const ArcsCanvas = memo(function ArcsCanvas({
  pairs,
  places,
  projection,
  arcStyle,
  zoom,
  width,
  height,
}: ArcsCanvasProps) {
  const legs = useMemo(() => pairs.reduce((n, p) => n + p.legs, 0), [pairs]);
  // Traced lazily, on the first draw, then kept while the pairs and the projection stay the same.
  const traced = useMemo(() => {
    let paths: Path2D[] | undefined;
    return () => {
      if (!paths) {
        const out = arcWidths.map(() => new Path2D());
        const options = {
          project: pointProjector(projection),
          pxPerDegree: (projection.scale() * Math.PI) / 180,
          // Quadratic pieces about 90 px long (the SVG's are 40): on a faint hairline the difference is antialiasing
          // (screenshots of the large map at 60 and 90 px differ as much as at 40 and 60: mean 2 of 255 per pixel),
          // and a quarter fewer pieces than at 60 px.
          segment: 90,
          places,
          style: arcStyle,
        };
        tracePairs(pairs, options, (w) => out[w] as Path2D);
        paths = out;
      }
      return paths;
    };
  }, [pairs, places, projection, arcStyle]);
  const draw = useCallback(
    (ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D, color: string) => {
      const { k, x, y } = zoom;
      ctx.transform(k, 0, 0, k, x, y);
      ctx.strokeStyle = color;
      const paths = traced();
      paths.forEach((path, w) => {
        const { strokeWidth, strokeOpacity } = pairStroke(w, legs);
        ctx.globalAlpha = strokeOpacity;
        // Divided by the zoom: lines keep their width on screen, as the SVG's non-scaling strokes do.
        ctx.lineWidth = strokeWidth / k;
        ctx.stroke(path);
      });
    },
    [traced, zoom, legs],
  );
  return (
    <CanvasLayer
      width={width}
      height={height}
      draw={draw}
      color="var(--pl-arc)"
      data={{ arcs: legs, pairs: pairs.length, canvas: '' }}
    />
  );
});
