import type { MarkShape } from '@parklinks/core/timeline';

export type MarkProps = {
  shape: MarkShape;
  /** Extent along the time axis and across it (row), in px. */
  a0: number;
  a1: number;
  center: number;
  b0: number;
  /** Row thickness. */
  size: number;
  /** Time runs down (vertical timeline) instead of across. */
  vertical?: boolean;
  /** Date known only from a report: drawn hollow and dashed. */
  reported: boolean;
  pointSize: number;
};

const r1 = (v: number) => Math.round(v * 10) / 10;

/** The attributes of one mark, shared by the static layer and the highlight overlay. */
export function markGeometry({ shape, a0, a1, center, b0, size, vertical, pointSize }: Omit<MarkProps, 'reported'>) {
  if (shape === 'point') {
    const r = r1(Math.max(1, Math.min(pointSize, size - 1) / 2));
    const c = r1(b0 + size / 2);
    return { kind: 'circle' as const, cx: vertical ? c : center, cy: vertical ? center : c, r };
  }
  const thick = shape === 'band' ? Math.max(1, size - 1) : Math.max(1.5, Math.min(size - 1, size * 0.36));
  const off = r1(b0 + (size - thick) / 2);
  const long = r1(Math.max(1, a1 - a0));
  const t = r1(thick);
  return vertical
    ? { kind: 'rect' as const, x: off, y: a0, width: t, height: long }
    : { kind: 'rect' as const, x: a0, y: off, width: long, height: t };
}

/** The three looks a mark can have, so marks can be grouped and styled once per group. */
export type MarkLook = 'solid' | 'band' | 'hollow';
export function markLook(shape: MarkShape, reported: boolean): MarkLook {
  return reported ? 'hollow' : shape === 'band' ? 'band' : 'solid';
}
/** Fill and stroke of a look, as CSS (theme variables). */
export function lookStyle(look: MarkLook) {
  return {
    fill:
      look === 'hollow'
        ? 'var(--pl-bg)'
        : look === 'band'
          ? 'var(--pl-band, color-mix(in srgb, var(--pl-accent) 22%, var(--pl-bg)))'
          : 'var(--pl-accent)',
    stroke: 'var(--pl-accent)',
  };
}

/**
 * One event: a point (day), a short bar (month) or a band (year), in the accent colour; hollow
 * and dashed when the date is only that of a report. With `bare`, colours come from an enclosing
 * group styled with `lookStyle` (10,000 inline styles cost more than the marks themselves).
 */
export function Mark(props: MarkProps & { id?: string; index?: number; label?: string; bare?: boolean }) {
  const g = markGeometry(props);
  const dashed = props.reported && props.size >= 5;
  const common = {
    id: props.id,
    // Legend swatches pass no index: they are neither events nor named.
    ...(props.index === undefined ? {} : { 'data-i': props.index, role: 'img', 'aria-label': props.label }),
    strokeWidth: props.shape === 'band' || props.reported ? 1.2 : 0,
    strokeDasharray: dashed ? '3 2' : undefined,
    style: props.bare ? undefined : lookStyle(markLook(props.shape, props.reported)),
  };
  return g.kind === 'circle' ? (
    <circle {...common} cx={g.cx} cy={g.cy} r={g.r} />
  ) : (
    <rect {...common} x={g.x} y={g.y} width={g.width} height={g.height} rx={props.shape === 'bar' ? 1.5 : 0} />
  );
}
