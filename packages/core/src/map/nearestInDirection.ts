/** Arrow-key direction on screen. */
export type Direction = 'left' | 'right' | 'up' | 'down';

const unit: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

/**
 * The point nearest to `from` in `direction` (within 60° either side of it), scoring distance
 * along the direction plus twice the sideways offset, so the move feels like the arrow. Returns
 * the id, or undefined when nothing lies that way.
 */
export function nearestInDirection(
  points: readonly { id: string; x: number; y: number }[],
  from: { x: number; y: number },
  direction: Direction,
): string | undefined {
  const [ux, uy] = unit[direction];
  let best: string | undefined;
  let bestScore = Infinity;
  for (const p of points) {
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const along = dx * ux + dy * uy;
    const across = Math.abs(dx * uy - dy * ux);
    if (along <= 0.5 || across > along * Math.tan(Math.PI / 3)) continue;
    const score = along + 2 * across;
    if (score < bestScore || (score === bestScore && best !== undefined && p.id < best)) {
      bestScore = score;
      best = p.id;
    }
  }
  return best;
}
