import type { ProjectedPair } from '@parklinks/core/map';
import { memo } from 'react';

export type ArcsLayerProps = {
  /** One entry per pair of places joined by legs. */
  pairs: readonly ProjectedPair[];
  /**
   * `paths`: one `<path data-pair>` per pair of places; `combined`: one path per stroke weight
   * (at most five), for data sets with very many pairs.
   */
  mode: 'paths' | 'combined';
};

/** Stroke opacity of a single leg: keeps a few legs visible and thousands from turning into a solid mass. */
export const arcOpacity = (n: number) => Math.round(Math.min(0.75, Math.max(0.05, 2.6 / Math.sqrt(n))) * 100) / 100;

// Weight classes by the number of agreements between two places: 1, 2–3, 4–7, 8–15, 16 or more.
const limits = [1, 3, 7, 15];
const widths = [1, 1.5, 2, 2.5, 3];
const typical = [1, 2.5, 5.5, 11.5, 24];

/** Weight class (0–4) of a pair of places with `n` agreements. */
export const pairWeight = (n: number) => {
  const i = limits.findIndex((l) => n <= l);
  return i < 0 ? limits.length : i;
};

/**
 * Stroke of a pair of places in weight class `w` when the map has `legs` legs in all: 1 px for a
 * single agreement (drawn as a cheap hairline), wider for more; the opacity is about what that many
 * single legs on top of each other would show.
 */
export function pairStroke(w: number, legs: number): { strokeWidth: number; strokeOpacity: number } {
  const one = arcOpacity(legs);
  const n = typical[w] ?? 1;
  return {
    strokeWidth: widths[w] ?? 1,
    strokeOpacity: Math.round(Math.min(0.8, Math.max(one, 1 - (1 - one) ** n)) * 100) / 100,
  };
}

/**
 * The static layer of legs, one path per pair of places (the large benchmark's 9,784 legs join
 * 815 pairs), weighted by the number of agreements; no dashes (the highlight overlay and the data
 * table show each leg). Memoised with stable props, so hover and focus never re-render it.
 */
export const ArcsLayer = memo(function ArcsLayer({ pairs, mode }: ArcsLayerProps) {
  const legs = pairs.reduce((n, p) => n + p.legs, 0);
  const base = { fill: 'none', stroke: 'var(--pl-arc)' } as const;
  if (mode === 'combined') {
    const byWeight: string[][] = widths.map(() => []);
    for (const p of pairs) byWeight[pairWeight(p.partnerships)]?.push(p.d);
    return (
      <g data-arcs={legs} data-pairs={pairs.length}>
        {byWeight.map((ds, w) =>
          ds.length ? (
            <path
              // biome-ignore lint/suspicious/noArrayIndexKey: one path per fixed weight class
              key={w}
              d={ds.join('')}
              style={{ ...base, ...pairStroke(w, legs) }}
              vectorEffect="non-scaling-stroke"
            />
          ) : null,
        )}
      </g>
    );
  }
  return (
    <g data-arcs={legs} data-pairs={pairs.length}>
      {pairs.map((p) => (
        <path
          key={p.id}
          d={p.d}
          data-pair={p.id}
          data-legs={p.legs}
          style={{ ...base, ...pairStroke(pairWeight(p.partnerships), legs) }}
          vectorEffect="non-scaling-stroke"
        />
      ))}
    </g>
  );
});
