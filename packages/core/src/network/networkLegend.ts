import type { Network } from '@parklinks/data';
import type { LegendEntry } from '../scene/types.js';
import type { Locale } from '../shared/i18n.js';
import { orgKindLabel } from '../shared/kindLabels.js';
import { kindGroups } from '../shared/theme.js';
import { countryGroups } from './countryGroup.js';
import { type LinkStyle, linkStyle, linkStyleKeys, linkStyles } from './linkStyle.js';
import { networkMessages } from './messages.js';
import { nodeColor } from './nodeColor.js';

/** One entry of the network's legend: its label and the glyph it explains (a node shape in a colour, or a link style). */
export type NetworkLegendEntry = {
  key: string;
  label: string;
  glyph: { shape: 'disc' | 'ring' | 'diamond'; color: string } | { shape: 'line'; style: LinkStyle };
};
/** The network's legend: node colours and shapes (`nodes`, under `nodesLabel`), then link styles (`links`, under `linksLabel`). */
export type NetworkLegend = {
  nodesLabel: string;
  nodes: NetworkLegendEntry[];
  linksLabel: string;
  links: NetworkLegendEntry[];
};

/**
 * What is drawn, for its legend: the node colours present (country groups, or kind groups named by their
 * kinds), the dashed ring and the diamond when there are unnamed parties or hubs, and the link styles present.
 */
export function networkLegend(network: Network, locale: Locale, colorBy: 'country' | 'kind'): NetworkLegend {
  const m = networkMessages(locale);
  const colours = new Map<string, { color: string; kinds: Set<string> }>();
  for (const n of network.nodes)
    if (n.type !== 'hub') {
      const { color, colorKey } = nodeColor(n, colorBy);
      const c = colours.get(colorKey) ?? { color, kinds: new Set<string>() };
      if (n.kind) c.kinds.add(orgKindLabel(n.kind, locale));
      colours.set(colorKey, c);
    }
  const keys = [...(colorBy === 'country' ? countryGroups : kindGroups), 'other'].filter((g) => colours.has(g));
  const nodes = keys.map((k): NetworkLegendEntry => {
    const c = colours.get(k) as { color: string; kinds: Set<string> };
    const label =
      colorBy === 'country' || k === 'other' ? m.groups[k as keyof typeof m.groups] : [...c.kinds].join(', ');
    return { key: k, label, glyph: { shape: 'disc', color: c.color } };
  });
  if (network.nodes.some((n) => n.type === 'country'))
    nodes.push({ key: 'ring', label: m.unnamed, glyph: { shape: 'ring', color: 'var(--pl-muted)' } });
  if (network.nodes.some((n) => n.type === 'hub'))
    nodes.push({ key: 'hub', label: m.hub, glyph: { shape: 'diamond', color: 'var(--pl-fg)' } });
  const present = new Set(network.links.map((l) => linkStyle(l.kind).key));
  const links = linkStyleKeys
    .filter((k) => present.has(k))
    .map((k): NetworkLegendEntry => ({ key: k, label: m.links[k], glyph: { shape: 'line', style: linkStyles[k] } }));
  return { nodesLabel: m.colourLegend, nodes, linksLabel: m.linkLegend, links };
}

function swatch(glyph: NetworkLegendEntry['glyph']): LegendEntry['swatch'] {
  if (glyph.shape === 'line') {
    const { width, dash } = glyph.style;
    return { shape: 'line', stroke: 'var(--pl-fg)', strokeWidth: width + 0.4, ...(dash ? { dash } : {}) };
  }
  if (glyph.shape === 'diamond') return { shape: 'diamond', fill: glyph.color };
  if (glyph.shape === 'ring') return { shape: 'circle', stroke: glyph.color, r: 4.5, dash: '2 1.5' };
  return { shape: 'circle', fill: glyph.color, r: 5.5 };
}

/** The legend as the scene's entries: node entries, then link styles on a new row. */
export function legendEntries(legend: NetworkLegend): LegendEntry[] {
  return [
    ...legend.nodes.map((e) => ({ label: e.label, swatch: swatch(e.glyph) })),
    ...legend.links.map((e, i) => ({ label: e.label, swatch: swatch(e.glyph), ...(i === 0 ? { newRow: true } : {}) })),
  ];
}
