import { type EventGeometryInput, type RingKind, ringMark } from '@parklinks/core/timeline';

export type HighlightProps = EventGeometryInput & { kind: RingKind };

/**
 * The ring drawn around the selected, hovered or keyboard-active mark, on the overlay layer (core's
 * `ringMark`, as the scene draws a selection): orange focus ring, a solid outline for the selection, a thin
 * one on hover.
 */
export function Highlight(props: HighlightProps) {
  const r = ringMark(props, props.kind);
  const common = {
    fill: 'none',
    strokeWidth: r.strokeWidth,
    style: { stroke: r.stroke },
    'data-highlight': props.kind,
    pointerEvents: 'none' as const,
  };
  return r.type === 'circle' ? (
    <circle {...common} cx={r.x} cy={r.y} r={r.r} />
  ) : (
    <rect {...common} x={r.x} y={r.y} width={r.width} height={r.height} rx={r.rx} />
  );
}
