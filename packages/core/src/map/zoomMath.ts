/** A zoom transform: screen = point × k + (x, y). */
export type ZoomTransform = { k: number; x: number; y: number };

export const identityZoom: ZoomTransform = { k: 1, x: 0, y: 0 };

/**
 * Scales `t` by `factor` about the screen point `at`, with k kept in [min, max] and the map kept
 * covering the view (`width`×`height`), so it cannot be dragged off screen.
 */
export function zoomAt(
  t: ZoomTransform,
  factor: number,
  at: [number, number],
  size: [number, number],
  [min, max]: [number, number] = [1, 16],
): ZoomTransform {
  const k = Math.min(max, Math.max(min, t.k * factor));
  const f = k / t.k;
  return clampPan({ k, x: at[0] - (at[0] - t.x) * f, y: at[1] - (at[1] - t.y) * f }, size);
}

/** Moves `t` by (dx, dy) px, kept covering the view. */
export function panBy(t: ZoomTransform, dx: number, dy: number, size: [number, number]): ZoomTransform {
  return clampPan({ k: t.k, x: t.x + dx, y: t.y + dy }, size);
}

/** Keeps the zoomed map (the view scaled by k) covering the view: x in [w − w·k, 0]. */
export function clampPan(t: ZoomTransform, [w, h]: [number, number]): ZoomTransform {
  const x = Math.min(0, Math.max(w - w * t.k, t.x));
  const y = Math.min(0, Math.max(h - h * t.k, t.y));
  return { k: t.k, x: x === 0 ? 0 : x, y: y === 0 ? 0 : y };
}
