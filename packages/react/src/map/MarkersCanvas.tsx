import type { MapMarker } from '@parklinks/core/map';
import { type CSSProperties, memo, useCallback, useMemo } from 'react';
import { CanvasLayer } from '../shared/CanvasLayer.js';
import { canvasMarks, drawMarks, markColors } from './canvasMarkers.js';

export type MarkersCanvasProps = {
  /** The markers as laid out, in screen px (zoomed and panned). */
  markers: readonly MapMarker[];
  width: number;
  height: number;
  style?: CSSProperties;
};

/**
 * The markers of a map with very many of them, on a canvas: the same marks as `MarkersLayer`'s SVG (leader lines
 * and dots, one disc per marker, closed clusters with their count), in the same order and colours, with no element
 * per marker. The pointer finds a marker with `markerFinder`; the keyboard's active marker is the one marker
 * element `MarkersLayer` still draws, named, above this layer.
 */
export const MarkersCanvas = memo(function MarkersCanvas({ markers, width, height, style }: MarkersCanvasProps) {
  const marks = useMemo(() => canvasMarks(markers), [markers]);
  const colors = useMemo(() => markColors(marks), [marks]);
  const [first, more] = useMemo(() => [colors[0] ?? 'currentColor', colors.slice(1)] as const, [colors]);
  const draw = useCallback(
    (ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D, c: string, m: string[], font: string) =>
      drawMarks(ctx, marks, colors, [c, ...m], font),
    [marks, colors],
  );
  return (
    <CanvasLayer
      width={width}
      height={height}
      draw={draw}
      color={first}
      colors={more}
      style={style}
      data={{ markers: markers.length, canvas: '' }}
    />
  );
});
