import { memo } from 'react';
import type { ProjectedArc } from './projectArcs.js';

export type ArcsLayerProps = {
  arcs: readonly ProjectedArc[];
  /**
   * `paths`: one `<path data-arc>` per leg; `combined`: one path for bilateral and one (dashed) for
   * multilateral legs. Measured in Chromium's software raster at 10,000 legs (1 px strokes): per-leg
   * paths with dashed multilateral legs 3.5 s to raster, 16-leg chunks 4.9 s, the combined paths ~1 s.
   */
  mode: 'paths' | 'combined';
};

/** Stroke opacity that keeps single legs visible and thousands from turning into a solid mass. */
export const arcOpacity = (n: number) => Math.round(Math.min(0.75, Math.max(0.05, 2.6 / Math.sqrt(n))) * 100) / 100;

const dash = '4 3';

/**
 * The static layer of every leg. Memoised with stable props, so hover and focus never re-render
 * it; highlighting draws the few affected legs again in an overlay instead.
 */
export const ArcsLayer = memo(function ArcsLayer({ arcs, mode }: ArcsLayerProps) {
  const style = {
    fill: 'none',
    stroke: 'var(--pl-arc)',
    strokeOpacity: arcOpacity(arcs.length),
    // Exactly 1 px with butt caps: Skia draws hairlines, measured 0.3–0.7 s for 10,000 legs against
    // 5 s at 1.25 px (round or butt caps), which must be outlined as polygons first.
    strokeWidth: 1,
  } as const;
  if (mode === 'combined') {
    const solid = arcs.filter((a) => !a.multilateral).map((a) => a.d);
    const multi = arcs.filter((a) => a.multilateral).map((a) => a.d);
    return (
      <g data-arcs={arcs.length}>
        {solid.length > 0 && <path d={solid.join('')} style={style} vectorEffect="non-scaling-stroke" />}
        {multi.length > 0 && (
          <path d={multi.join('')} style={style} strokeDasharray={dash} vectorEffect="non-scaling-stroke" />
        )}
      </g>
    );
  }
  return (
    <g data-arcs={arcs.length}>
      {arcs.map((a) => (
        <path
          key={a.id}
          d={a.d}
          data-arc={a.id}
          style={style}
          strokeDasharray={a.multilateral ? dash : undefined}
          vectorEffect="non-scaling-stroke"
        />
      ))}
    </g>
  );
});
