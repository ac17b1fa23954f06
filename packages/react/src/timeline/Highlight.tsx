import { type MarkProps, markGeometry } from './Mark.js';

export type HighlightProps = Omit<MarkProps, 'reported'> & { kind: 'focus' | 'selected' | 'hover' };

/**
 * The ring drawn around the selected, hovered or keyboard-active mark, on the overlay layer:
 * orange focus ring (dashed outside a solid inner ring, visible on any background), a solid
 * outline for the selection, a thin one on hover.
 */
export function Highlight(props: HighlightProps) {
  const g = markGeometry(props);
  const pad = props.kind === 'focus' ? 3.5 : 2;
  const stroke = props.kind === 'focus' ? 'var(--pl-focus)' : 'var(--pl-fg)';
  const width = props.kind === 'hover' ? 1 : 2;
  const common = {
    fill: 'none',
    strokeWidth: width,
    style: { stroke },
    'data-highlight': props.kind,
    pointerEvents: 'none' as const,
  };
  return g.kind === 'circle' ? (
    <circle {...common} cx={g.cx} cy={g.cy} r={g.r + pad} />
  ) : (
    <rect {...common} x={g.x - pad} y={g.y - pad} width={g.width + 2 * pad} height={g.height + 2 * pad} rx={3} />
  );
}
