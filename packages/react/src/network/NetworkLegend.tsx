import { groupPalette, type NetworkLegendEntry, networkLegend } from '@parklinks/core/network';
import type { Network } from '@parklinks/data';
import { memo } from 'react';
import type { Locale } from '../shared/internal.js';

const list = {
  listStyle: 'none',
  display: 'flex',
  flexWrap: 'wrap',
  gap: '0.25em 1em',
  margin: '0.4em 0 0',
  padding: 0,
  fontSize: '0.85em',
} as const;

function Swatch({ glyph }: { glyph: NetworkLegendEntry['glyph'] }) {
  if (glyph.shape === 'line') {
    const s = glyph.style;
    return (
      <svg width="28" height="12" aria-hidden="true" style={{ flex: 'none' }}>
        <line
          x1="1"
          x2="27"
          y1="6"
          y2="6"
          strokeWidth={s.width + 0.4}
          strokeDasharray={s.dash}
          strokeLinecap={s.key === 'alliance' ? 'round' : undefined}
          style={{ stroke: 'var(--pl-fg)' }}
        />
      </svg>
    );
  }
  return (
    <svg width="16" height="14" aria-hidden="true" style={{ flex: 'none' }}>
      <g transform="translate(8,7)">
        {glyph.shape === 'diamond' ? (
          <path d="M0,-6L6,0L0,6L-6,0Z" style={{ fill: glyph.color }} />
        ) : glyph.shape === 'ring' ? (
          <circle r="5" strokeWidth="2" strokeDasharray="3 2" style={{ fill: 'none', stroke: glyph.color }} />
        ) : (
          <circle r="5.5" style={{ fill: glyph.color }} />
        )}
      </g>
    </svg>
  );
}

function Entries({ label, entries }: { label: string; entries: NetworkLegendEntry[] }) {
  return entries.length === 0 ? null : (
    <ul aria-label={label} style={list}>
      {entries.map((e) => (
        <li key={e.key} style={{ display: 'flex', alignItems: 'center', gap: '0.35em' }}>
          <Swatch glyph={e.glyph} />
          <span>{e.label}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Legend of what is drawn (the scene's `networkLegend`): node colours (country groups or kinds), node shapes, link
 * styles. Memoised: a selection re-renders the chart around it, and the legend walks every node and link.
 */
export const NetworkLegend = memo(function NetworkLegend({
  network,
  locale,
  colorBy,
  theme,
}: {
  network: Network;
  locale: Locale;
  colorBy: 'country' | 'kind';
  theme: 'light' | 'dark';
}) {
  const legend = networkLegend(network, locale, colorBy);
  return (
    <div style={{ ...groupPalette(theme), color: 'var(--pl-fg)' }}>
      <Entries label={legend.nodesLabel} entries={legend.nodes} />
      <Entries label={legend.linksLabel} entries={legend.links} />
    </div>
  );
});
