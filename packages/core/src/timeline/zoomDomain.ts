/** A time window `[startMs, endMs]`. */
export type TimeRange = readonly [number, number];

const DAY = 86_400_000;

/**
 * The window after zooming `view` by `factor` (> 1 zooms in) around the time `anchor`, kept inside
 * `bounds` and no narrower than `minSpan` (default 30 days). Zooming out never goes past `bounds`.
 */
export function zoomDomain(
  view: TimeRange,
  factor: number,
  anchor: number,
  bounds: TimeRange,
  minSpan = 30 * DAY,
): TimeRange {
  const full = bounds[1] - bounds[0];
  const span = Math.min(full, Math.max(Math.min(minSpan, full), (view[1] - view[0]) / factor));
  const t = (anchor - view[0]) / Math.max(1, view[1] - view[0]);
  return clampDomain([anchor - t * span, anchor - t * span + span], bounds);
}

/** `view` moved by `delta` ms, kept inside `bounds`. */
export function panDomain(view: TimeRange, delta: number, bounds: TimeRange): TimeRange {
  return clampDomain([view[0] + delta, view[1] + delta], bounds);
}

/** `view` shifted (not resized, unless wider than `bounds`) so it lies inside `bounds`. */
export function clampDomain(view: TimeRange, bounds: TimeRange): TimeRange {
  const span = Math.min(view[1] - view[0], bounds[1] - bounds[0]);
  const start = Math.min(Math.max(view[0], bounds[0]), bounds[1] - span);
  return [Math.round(start), Math.round(start + span)];
}

/** `view` shifted just enough to show `[start, end]` (with a 5% margin), or unchanged when it already does. */
export function revealInDomain(view: TimeRange, start: number, end: number, bounds: TimeRange): TimeRange {
  const span = view[1] - view[0];
  const pad = span * 0.05;
  if (start >= view[0] && end <= view[1]) return view;
  const delta = start < view[0] ? start - pad - view[0] : end + pad - view[1];
  return panDomain(view, delta, bounds);
}

/**
 * The full time window of a set of dated periods, widened to whole years with half a year of
 * margin so points at the edges stay visible; null when nothing is dated.
 */
export function timeBounds(periods: Iterable<{ start: number | null; end: number | null }>): TimeRange | null {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const p of periods) {
    if (p.start === null || p.end === null) continue;
    lo = Math.min(lo, p.start);
    hi = Math.max(hi, p.end);
  }
  if (lo > hi) return null;
  const y0 = new Date(lo).getUTCFullYear();
  const y1 = new Date(hi).getUTCFullYear();
  return [Date.UTC(y0, 0, 1) - 182 * DAY, Date.UTC(y1 + 1, 0, 1) + 182 * DAY];
}

/**
 * The range a brush selects, from the brush's domain bounds (ms, either order): whole
 * milliseconds, start first; null for a click without a drag (a range under a day), which clears.
 */
export function rangeFromBrush(b: { x0: number; x1: number } | null): TimeRange | null {
  if (!b || !Number.isFinite(b.x0) || !Number.isFinite(b.x1) || Math.abs(b.x1 - b.x0) <= DAY) return null;
  return [Math.round(Math.min(b.x0, b.x1)), Math.round(Math.max(b.x0, b.x1))];
}
