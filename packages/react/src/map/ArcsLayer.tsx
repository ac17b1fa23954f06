import { arcMarks, type ProjectedPair } from '@parklinks/core/map';
import { memo } from 'react';
import { SceneMarks } from '../shared/SceneMarks.js';

export type ArcsLayerProps = {
  /** One entry per pair of places joined by legs. */
  pairs: readonly ProjectedPair[];
  /**
   * `paths`: one `<path data-pair>` per pair of places; `combined`: one path per stroke weight
   * (at most five), for data sets with very many pairs.
   */
  mode: 'paths' | 'combined';
};

/**
 * The static layer of legs, drawn from the map scene's arc marks: one path per pair of places (the large
 * benchmark's 9,784 legs join 815 pairs), weighted by the number of agreements; no dashes (the highlight
 * overlay and the data table show each leg). Memoised with stable props, so hover and focus never re-render it.
 */
export const ArcsLayer = memo(function ArcsLayer({ pairs, mode }: ArcsLayerProps) {
  const legs = pairs.reduce((n, p) => n + p.legs, 0);
  return (
    <g data-arcs={legs} data-pairs={pairs.length}>
      <SceneMarks marks={arcMarks(pairs, mode === 'combined' ? -1 : Number.POSITIVE_INFINITY)} named={false} />
    </g>
  );
});
