import type { Scene } from '@parklinks/core';
import type { ReactNode } from 'react';

/** What a chart hands to a `children` function: its scene, laid out for the size, zoom and selection on screen. */
export type SceneChildren = (scene: Scene) => ReactNode;

/**
 * An `<svg>` over the chart, the size of its drawing, with the marks a `children` function draws from the
 * chart's scene (as visx's `Projection` hands its projection to children). The overlay lets the pointer through
 * to the chart; marks that want it can set `pointer-events` themselves.
 */
export function SceneOverlay({ scene, children }: { scene: Scene | null; children: SceneChildren | undefined }) {
  if (!scene || !children) return null;
  return (
    <svg
      width={scene.width}
      height={scene.height}
      viewBox={`0 0 ${scene.width} ${scene.height}`}
      data-scene-overlay=""
      style={{ position: 'absolute', inset: 0, display: 'block', pointerEvents: 'none', overflow: 'visible' }}
    >
      {children(scene)}
    </svg>
  );
}
