import { type SceneView, zoomTransformAttr } from '@parklinks/core';
import type { ReactNode } from 'react';

/** A chart's `children`: a function of where the chart's marks stand, returning SVG elements drawn over it. */
export type SceneChildren = (view: SceneView) => ReactNode;

/**
 * An `<svg>` over the chart's drawing with the marks a `children` function draws from the chart's view (as visx's
 * `Projection` hands its projection to children), under the chart's zoom. It lets the pointer through to the
 * chart; marks that want it can set `pointer-events` themselves. It is hidden from screen readers, which read the
 * chart's own names for the same marks.
 */
export function SceneOverlay({ view, children }: { view: SceneView | null; children: SceneChildren | undefined }) {
  if (!view || !children) return null;
  const { width, height, zoom } = view;
  const moved = zoom.k !== 1 || zoom.x !== 0 || zoom.y !== 0;
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      data-scene-overlay=""
      aria-hidden
      style={{ position: 'absolute', top: 0, left: 0, display: 'block', pointerEvents: 'none', overflow: 'visible' }}
    >
      {moved ? <g transform={zoomTransformAttr(zoom)}>{children(view)}</g> : children(view)}
    </svg>
  );
}
