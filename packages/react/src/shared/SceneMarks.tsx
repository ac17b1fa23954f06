import type { Mark, MarkStyle } from '@parklinks/core';
import type { CSSProperties, ReactNode } from 'react';

/** Options for drawing a scene's marks in React. */
export type SceneMarksProps = {
  marks: readonly Mark[];
  /**
   * Element id of a named mark (one that stands for something: `ref` and `name`), by its position among the
   * named marks, for `aria-activedescendant`. Default: none.
   */
  idOf?: (index: number) => string;
  /** Named marks get `role="img"` and an `aria-label` (default), or are left to the caller's own accessible layer. */
  named?: boolean;
};

// Colours go into `style`, where `var(--pl-…)` resolves against the chart's theme and the host's overrides.
function style(m: MarkStyle & { type: Mark['type'] }): CSSProperties {
  const s: CSSProperties = {};
  if (m.fill !== undefined) s.fill = m.fill;
  else if (m.type === 'text') s.fill = 'var(--pl-fg)';
  if (m.stroke !== undefined) s.stroke = m.stroke;
  if (m.strokeWidth !== undefined) s.strokeWidth = m.strokeWidth;
  if (m.opacity !== undefined) s.opacity = m.opacity;
  if (m.fillOpacity !== undefined) s.fillOpacity = m.fillOpacity;
  if (m.strokeOpacity !== undefined) s.strokeOpacity = m.strokeOpacity;
  return s;
}

function dataAttrs(data: Record<string, string | number> | undefined): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(data ?? {})) out[`data-${k}`] = v;
  return out;
}

const dy = { auto: undefined, middle: '0.35em', hanging: '0.8em' } as const;

/** How a mark is named: with `role="img"` and an `aria-label` (`named`), and the element id to give it. */
type Naming = { named: boolean; nextId: (() => string) | undefined };

function drawMark(m: Mark, key: string | number, naming: Naming): ReactNode {
  // Unkeyed marks by position, in a form no explicit key takes.
  const k = m.key ?? `#${key}`;
  const common = {
    className: m.className,
    style: style(m),
    strokeDasharray: m.dash,
    vectorEffect: m.fixedStroke ? 'non-scaling-stroke' : undefined,
    ...dataAttrs(m.data),
  } as const;
  const a11y: { role?: string; 'aria-label'?: string; id?: string; style?: CSSProperties } =
    naming.named && m.ref && m.name
      ? {
          role: 'img',
          'aria-label': m.name,
          ...(naming.nextId ? { id: naming.nextId() } : {}),
          style: { ...common.style, cursor: 'pointer' },
        }
      : {};
  switch (m.type) {
    case 'path':
      return <path key={k} {...common} {...a11y} d={m.d} />;
    case 'circle':
      return <circle key={k} {...common} {...a11y} cx={m.x} cy={m.y} r={m.r} />;
    case 'rect':
      return (
        <rect
          key={k}
          {...common}
          {...a11y}
          x={m.x}
          y={m.y}
          width={Math.max(0, m.width)}
          height={Math.max(0, m.height)}
          rx={m.rx}
        />
      );
    case 'line':
      return <line key={k} {...common} {...a11y} x1={m.x1} y1={m.y1} x2={m.x2} y2={m.y2} />;
    case 'text': {
      const halo = m.halo
        ? { stroke: m.halo, strokeWidth: 3, strokeLinejoin: 'round' as const, paintOrder: 'stroke' as const }
        : {};
      return (
        <text
          key={k}
          {...common}
          {...a11y}
          x={m.x}
          y={m.y}
          dy={dy[m.baseline ?? 'auto']}
          textAnchor={m.anchor && m.anchor !== 'start' ? m.anchor : undefined}
          aria-hidden={a11y.role ? undefined : true}
          style={{
            ...common.style,
            ...halo,
            fontSize: m.size ?? 12,
            fontWeight: m.weight,
            fontStyle: m.italic ? 'italic' : undefined,
          }}
        >
          {m.text}
        </text>
      );
    }
    case 'group':
      return (
        <g key={k} {...common} {...a11y} transform={m.transform}>
          {m.children.map((c, i) => drawMark(c, i, naming))}
        </g>
      );
  }
}

/**
 * Draws a scene's marks as React SVG elements, one element per mark (the same elements `sceneToSvg` writes),
 * so a chart's React layers and its static SVG come from one layout.
 */
export function SceneMarks({ marks, idOf, named = true }: SceneMarksProps) {
  let n = 0;
  const naming: Naming = { named, nextId: idOf ? () => idOf(n++) : undefined };
  return <>{marks.map((m, i) => drawMark(m, i, naming))}</>;
}

/**
 * One mark as the element `SceneMarks` draws for it, with element id `id` when it is named: for a layer that keeps
 * each mark's element while the mark stays the same (React then leaves that element alone).
 */
export function sceneMark(m: Mark, key: string | number, { named = true, id }: { named?: boolean; id?: string } = {}) {
  return drawMark(m, key, { named, nextId: id === undefined ? undefined : () => id });
}
