/**
 * Counts of positions per `bin`-px column over `[0, width]`, for the overview's density strip
 * (a few hundred bars instead of one tick per event).
 */
export function densityBins(positions: Iterable<number>, width: number, bin = 3): number[] {
  const counts = new Array<number>(Math.max(1, Math.ceil(width / bin))).fill(0);
  for (const p of positions) {
    if (!(p >= 0 && p <= width)) continue;
    const i = Math.min(counts.length - 1, Math.floor(p / bin));
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}
