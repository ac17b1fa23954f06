import type { NodeView } from '@parklinks/core/network';
import {
  countryGroups,
  groupPalette,
  type LinkStyle,
  linkStyle,
  linkStyleKeys,
  linkStyles,
  networkMessages,
  nodeColor,
} from '@parklinks/core/network';
import type { Network } from '@parklinks/data';
import type { ReactNode } from 'react';
import { kindGroups, type Locale, orgKindLabel } from '../shared/internal.js';

type Entry = { key: string; label: string; swatch: ReactNode };
const list = {
  listStyle: 'none',
  display: 'flex',
  flexWrap: 'wrap',
  gap: '0.25em 1em',
  margin: '0.4em 0 0',
  padding: 0,
  fontSize: '0.85em',
} as const;

const dot = (n: Pick<NodeView, 'shape' | 'color'>) => (
  <svg width="16" height="14" aria-hidden="true" style={{ flex: 'none' }}>
    <g transform="translate(8,7)">
      {n.shape === 'diamond' ? (
        <path d="M0,-6L6,0L0,6L-6,0Z" style={{ fill: n.color }} />
      ) : n.shape === 'ring' ? (
        <circle r="5" strokeWidth="2" strokeDasharray="3 2" style={{ fill: 'none', stroke: n.color }} />
      ) : (
        <circle r="5.5" style={{ fill: n.color }} />
      )}
    </g>
  </svg>
);
const line = (s: LinkStyle) => (
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

function Entries({ label, entries }: { label: string; entries: Entry[] }) {
  return entries.length === 0 ? null : (
    <ul aria-label={label} style={list}>
      {entries.map((e) => (
        <li key={e.key} style={{ display: 'flex', alignItems: 'center', gap: '0.35em' }}>
          {e.swatch}
          <span>{e.label}</span>
        </li>
      ))}
    </ul>
  );
}

/** Legend of what is drawn: node colours (country groups or kinds), node shapes, link styles. */
export function NetworkLegend({
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
  const m = networkMessages(locale);
  const colours = new Map<string, { color: string; kinds: Set<string> }>();
  for (const n of network.nodes)
    if (n.type !== 'hub') {
      const { color, colorKey } = nodeColor(n, colorBy);
      const c = colours.get(colorKey) ?? { color, kinds: new Set<string>() };
      if (n.kind) c.kinds.add(orgKindLabel(n.kind, locale));
      colours.set(colorKey, c);
    }
  const keys =
    colorBy === 'country'
      ? [...countryGroups, 'other'].filter((g) => colours.has(g))
      : [...kindGroups, 'other'].filter((g) => colours.has(g));
  const nodeEntries: Entry[] = keys.map((k) => {
    const c = colours.get(k) as { color: string; kinds: Set<string> };
    const label =
      colorBy === 'country' || k === 'other' ? m.groups[k as keyof typeof m.groups] : [...c.kinds].join(', ');
    return { key: k, label, swatch: dot({ shape: 'disc', color: c.color }) };
  });
  if (network.nodes.some((n) => n.type === 'country'))
    nodeEntries.push({ key: 'ring', label: m.unnamed, swatch: dot({ shape: 'ring', color: 'var(--pl-muted)' }) });
  if (network.nodes.some((n) => n.type === 'hub'))
    nodeEntries.push({ key: 'hub', label: m.hub, swatch: dot({ shape: 'diamond', color: 'var(--pl-fg)' }) });
  const present = new Set(network.links.map((l) => linkStyle(l.kind).key));
  const linkEntries: Entry[] = linkStyleKeys
    .filter((k) => present.has(k))
    .map((k) => ({ key: k, label: m.links[k], swatch: line(linkStyles[k]) }));
  return (
    <div style={{ ...groupPalette(theme), color: 'var(--pl-fg)' }}>
      <Entries label={m.colourLegend} entries={nodeEntries} />
      <Entries label={m.linkLegend} entries={linkEntries} />
    </div>
  );
}
