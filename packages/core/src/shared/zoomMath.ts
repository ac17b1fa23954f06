/** A zoom transform: screen = point × k + (x, y). */
export type ZoomTransform = { k: number; x: number; y: number };

export const identityZoom: ZoomTransform = { k: 1, x: 0, y: 0 };
/** Zoom range of each chart: the map zooms further (a city's parks sit within a few px at k = 1). */
export const zoomExtent = { map: [1, 16], network: [1, 8] } as const satisfies Record<
  string,
  readonly [number, number]
>;

/**
 * Scales `t` by `factor` about the screen point `at`, with k kept in `[min, max]` and the drawing kept
 * covering the view (`size`), so it cannot be dragged off screen.
 */
export function zoomAt(
  t: ZoomTransform,
  factor: number,
  at: [number, number],
  size: [number, number],
  [min, max]: readonly [number, number] = zoomExtent.network,
): ZoomTransform {
  const k = Math.min(max, Math.max(min, t.k * factor));
  const f = k / t.k;
  return clampPan({ k, x: at[0] - (at[0] - t.x) * f, y: at[1] - (at[1] - t.y) * f }, size);
}

/** Moves `t` by (dx, dy) px, kept covering the view. */
export function panBy(t: ZoomTransform, dx: number, dy: number, size: [number, number]): ZoomTransform {
  return clampPan({ k: t.k, x: t.x + dx, y: t.y + dy }, size);
}

/** Pans so the point (x, y) of the drawing is in view, with `margin` px to spare; unchanged when it already is. */
export function panIntoView(
  t: ZoomTransform,
  x: number,
  y: number,
  size: [number, number],
  margin = 40,
): ZoomTransform {
  const sx = x * t.k + t.x;
  const sy = y * t.k + t.y;
  const dx = sx < margin ? margin - sx : sx > size[0] - margin ? size[0] - margin - sx : 0;
  const dy = sy < margin ? margin - sy : sy > size[1] - margin ? size[1] - margin - sy : 0;
  return dx === 0 && dy === 0 ? t : panBy(t, dx, dy, size);
}

/** Keeps the zoomed drawing (the view scaled by k) covering the view: x in [w − w·k, 0]. */
export function clampPan(t: ZoomTransform, [w, h]: [number, number]): ZoomTransform {
  const x = Math.min(0, Math.max(w - w * t.k, t.x));
  const y = Math.min(0, Math.max(h - h * t.k, t.y));
  return { k: t.k, x: x === 0 ? 0 : x, y: y === 0 ? 0 : y };
}

const r3 = (v: number) => Math.round(v * 1000) / 1000;
/** `t` as an SVG transform attribute. */
export const zoomTransformAttr = (t: ZoomTransform): string => `translate(${r3(t.x)} ${r3(t.y)}) scale(${r3(t.k)})`;
