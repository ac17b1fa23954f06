/** Stroke opacity of a single leg: keeps a few legs visible and thousands from turning into a solid mass. */
export const arcOpacity = (n: number) => Math.round(Math.min(0.75, Math.max(0.05, 2.6 / Math.sqrt(n))) * 100) / 100;

const limits = [1, 3, 7, 15];
/** Stroke width of each weight class. */
export const arcWidths = [1, 1.5, 2, 2.5, 3] as const;
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
    strokeWidth: arcWidths[w] ?? 1,
    strokeOpacity: Math.round(Math.min(0.8, Math.max(one, 1 - (1 - one) ** n)) * 100) / 100,
  };
}
