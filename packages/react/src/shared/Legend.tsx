import type { LegendEntry } from '@parklinks/core';
import type { ReactNode } from 'react';

/** One legend entry. `shape` picks the swatch: a filled dot, a ring (hollow), a solid or a dashed line, a bar. */
export type LegendItem = {
  key: string;
  label: ReactNode;
  color: string;
  shape?: 'dot' | 'ring' | 'line' | 'dash' | 'bar';
  /** A swatch of the chart's own marks instead of `shape` (the timeline draws its point, bar and band). */
  swatch?: ReactNode;
};

function Swatch({ color, shape = 'dot' }: Pick<LegendItem, 'color' | 'shape'>) {
  return (
    <svg width="18" height="12" aria-hidden="true" style={{ flex: 'none', overflow: 'visible' }}>
      {shape === 'dot' && <circle cx="9" cy="6" r="5" style={{ fill: color }} />}
      {shape === 'ring' && (
        <circle
          cx="9"
          cy="6"
          r="4.5"
          strokeWidth="1.5"
          strokeDasharray="2 1.5"
          style={{ fill: 'none', stroke: color }}
        />
      )}
      {shape === 'bar' && <rect x="1" y="3" width="16" height="6" rx="2" style={{ fill: color }} />}
      {(shape === 'line' || shape === 'dash') && (
        <line
          x1="1"
          x2="17"
          y1="6"
          y2="6"
          strokeWidth="2"
          strokeDasharray={shape === 'dash' ? '4 3' : undefined}
          style={{ stroke: color }}
        />
      )}
    </svg>
  );
}

/** A compact, wrapping legend; a list, so screen readers count its entries. */
export function Legend({ items, label }: { items: LegendItem[]; label: string }) {
  return (
    <ul
      aria-label={label}
      style={{
        listStyle: 'none',
        display: 'flex',
        flexWrap: 'wrap',
        gap: '0.25em 1em',
        margin: '0.5em 0 0',
        padding: 0,
        fontSize: '0.85em',
        color: 'var(--pl-muted)',
      }}
    >
      {items.map((it) => (
        <li key={it.key} style={{ display: 'flex', alignItems: 'center', gap: '0.35em' }}>
          {it.swatch ?? <Swatch color={it.color} shape={it.shape} />}
          <span style={{ color: 'var(--pl-fg)' }}>{it.label}</span>
        </li>
      ))}
    </ul>
  );
}

/** A scene's legend entries as `Legend` items (a stroked circle is a ring, a dashed line a dash, a rect a bar). */
export function legendItems(entries: readonly LegendEntry[]): LegendItem[] {
  return entries.map((e) => {
    const s = e.swatch;
    if (s.shape === 'line') return { key: e.label, label: e.label, color: s.stroke, shape: s.dash ? 'dash' : 'line' };
    if (s.shape === 'rect') return { key: e.label, label: e.label, color: s.fill, shape: 'bar' };
    if (s.shape === 'diamond') return { key: e.label, label: e.label, color: s.fill, shape: 'dot' };
    return s.fill
      ? { key: e.label, label: e.label, color: s.fill, shape: 'dot' }
      : { key: e.label, label: e.label, color: s.stroke ?? 'var(--pl-muted)', shape: 'ring' };
  });
}
