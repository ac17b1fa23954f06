/**
 * A piecewise-linear scale over numbers (time in ms), callable like a d3 scale, with the `domain`, `range` and
 * `invert` that @visx/brush reads. The timeline needs nothing more, and d3-scale would bring d3-interpolate,
 * d3-color, d3-format and d3-time-format into every timeline bundle (~11 KB gzip of the 45 KB budget).
 * Dates are accepted and read as their time value.
 */
export type LinearScale = ((value: number | Date) => number) & {
  domain(): number[];
  range(): number[];
  invert(px: number): number;
};

function piecewise(from: readonly number[], to: readonly number[], v: number): number {
  const n = Math.min(from.length, to.length);
  if (n < 2) return to[0] ?? 0;
  const rising = from[n - 1]! >= from[0]!;
  let i = 0;
  while (i < n - 2 && (rising ? v > from[i + 1]! : v < from[i + 1]!)) i += 1;
  const d0 = from[i]!;
  const d1 = from[i + 1]!;
  const t = d1 === d0 ? 0.5 : (v - d0) / (d1 - d0);
  return to[i]! + t * (to[i + 1]! - to[i]!);
}

/** Maps `domain` onto `range` piece by piece (two or more knots each, the domain sorted), extrapolating at the ends. */
export function linearScale(domain: readonly number[], range: readonly number[]): LinearScale {
  const d = [...domain];
  const r = [...range];
  const scale = ((value: number | Date) => piecewise(d, r, +value)) as LinearScale;
  scale.domain = () => [...d];
  scale.range = () => [...r];
  // The inverse of a sorted domain needs a sorted range: flip both when the range runs backwards (right to left).
  scale.invert = (px: number) =>
    r[r.length - 1]! >= r[0]! ? piecewise(r, d, px) : piecewise([...r].reverse(), [...d].reverse(), px);
  return scale;
}
