import {
  type Dataset,
  indexDataset,
  localize,
  type NetworkLink,
  type OrganizationKind,
  type PartnershipKind,
} from '@parklinks/data';
import { countLabel, countryName, type Locale } from '../shared/i18n.js';
import { orgKindLabel } from '../shared/kindLabels.js';
import { uiMessages } from '../shared/messages.js';
import { runSteps, type Steps } from '../shared/steps.js';
import type { NetworkLayout } from './layoutNetwork.js';
import { linkPath } from './linkPath.js';
import { type LinkStyle, linkStyle } from './linkStyle.js';
import { networkMessages } from './messages.js';
import { nodeColor } from './nodeColor.js';
import { publicNodeId } from './nodeId.js';

/** A node ready to draw: public id, position, size, shape, colour and texts in the chart's locale. */
export type NodeView = {
  id: string;
  type: 'organization' | 'country' | 'hub';
  x: number;
  y: number;
  r: number;
  /** Disc: organization; ring: unnamed parties of a country; diamond: hub of a multilateral agreement. */
  shape: 'disc' | 'ring' | 'diamond';
  /** CSS colour (a custom property). */
  color: string;
  /** Legend entry the colour belongs to: a country group or a kind group. */
  colorKey: string;
  kind?: OrganizationKind;
  degree: number;
  /** Full name, for tooltips, announcements and the accessible name. */
  name: string;
  /** Short text for a label on the drawing. */
  label: string;
  /** "Beijing, China — 3 partnerships" and the like. */
  detail: string;
  /** Accessible name: name, detail and what it is joined to (its partnerships, or a hub's members). */
  a11y: string;
};
/** A link ready to draw. */
export type LinkView = {
  id: string;
  source: string;
  target: string;
  partnershipId: string;
  kind: PartnershipKind;
  d: string;
  style: LinkStyle;
  /** Localized partnership title. */
  title: string;
};
export type NetworkModel = {
  nodes: NodeView[];
  links: LinkView[];
  byId: Map<string, NodeView>;
  /** Neighbours of each node, clockwise from north (the keyboard walk's order). */
  neighbours: Map<string, string[]>;
  /** Links touching each node. */
  linksOf: Map<string, LinkView[]>;
  /** Every node id: organizations and countries most connected first (ties by name), then hubs. */
  order: string[];
};

const MAX_LABEL = 28;
const shorten = (s: string) => (s.length > MAX_LABEL ? `${s.slice(0, MAX_LABEL - 1).trimEnd()}…` : s);

/** Turns a layout into what the layers draw, with names in `locale` and colours by `colorBy`. */
export function buildNetworkModel(
  layout: NetworkLayout,
  data: Dataset,
  locale: Locale,
  colorBy: 'country' | 'kind',
): NetworkModel {
  return runSteps(buildNetworkModelSteps(layout, data, locale, colorBy));
}

/** `buildNetworkModel` in steps (nodes, links, neighbours, accessible names), for a page that yields between them. */
export function* buildNetworkModelSteps(
  layout: NetworkLayout,
  data: Dataset,
  locale: Locale,
  colorBy: 'country' | 'kind',
): Steps<NetworkModel> {
  const { organizations, partnerships } = indexDataset(data);
  const m = networkMessages(locale);
  const ui = uiMessages(locale);
  // Intl formatters are slow to build: one call per distinct country and count, not per node.
  const countryOf = cached((code: string) => countryName(code, locale));
  const countOf = cached((n: number) => countLabel(locale, 'partnership', n));
  const nodes = layout.nodes.map((n): NodeView => {
    const id = publicNodeId(n.id);
    const country = countryOf(n.country);
    const { color, colorKey } = nodeColor(n, colorBy);
    const base = {
      a11y: '',
      id,
      type: n.type,
      x: n.x,
      y: n.y,
      r: n.r,
      color,
      colorKey,
      degree: n.degree,
      ...(n.kind ? { kind: n.kind } : {}),
    };
    if (n.type === 'hub') {
      const p = partnerships.get(n.partnershipId ?? '');
      const name = p ? localize(p.title, locale) : localize(n.label, locale);
      return { ...base, shape: 'diamond', name, label: shorten(name), detail: `${m.hub} — ${m.members(n.degree)}` };
    }
    const count = countOf(n.degree);
    if (n.type === 'country') {
      const kind = n.kind ? ui.unnamedParties(orgKindLabel(n.kind, locale), country) : country;
      return { ...base, shape: 'ring', name: kind, label: shorten(country), detail: `${m.unnamed} — ${count}` };
    }
    const o = organizations.get(n.organizationId ?? '');
    const name = o ? localize(o.name, locale) : localize(n.label, locale);
    const city = o?.city ? localize(o.city, locale) : null;
    const label = name.length > MAX_LABEL && o?.shortName ? o.shortName : shorten(name);
    // The group or city government a body belongs to is named too (it may have no node of its own).
    const parent = o?.parent ? organizations.get(o.parent) : undefined;
    const within = parent ? ` (${localize(parent.name, locale)})` : '';
    return { ...base, shape: 'disc', name, label, detail: `${city ? `${city}, ` : ''}${country}${within} — ${count}` };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  yield 'network:nodes';
  const links: LinkView[] = [];
  for (const l of layout.links) {
    const v = linkView(l, byId, partnerships, locale);
    if (v) links.push(v);
  }
  yield 'network:links';
  const linksOf = new Map<string, LinkView[]>();
  const neighbourSet = new Map<string, Set<string>>();
  // Both ends of each link, without an array per end (100,000 links at the largest sizes).
  const join = (a: string, b: string, l: LinkView) => {
    const list = linksOf.get(a);
    if (list) list.push(l);
    else linksOf.set(a, [l]);
    const set = neighbourSet.get(a);
    if (set) set.add(b);
    else neighbourSet.set(a, new Set([b]));
  };
  for (const l of links) {
    join(l.source, l.target, l);
    join(l.target, l.source, l);
  }
  const neighbours = new Map<string, string[]>();
  for (const [id, set] of neighbourSet) {
    const c = byId.get(id) as NodeView;
    // Bearings once per neighbour, not once per comparison (hubs have hundreds of members).
    const around = [...set].map((to) => ({ to, b: bearing(c, byId.get(to)) }));
    around.sort((a, b) => a.b - b.b || cmp(a.to, b.to));
    neighbours.set(
      id,
      around.map((a) => a.to),
    );
  }
  yield 'network:neighbours';
  for (const n of nodes) {
    const around =
      n.type === 'hub'
        ? (neighbours.get(n.id) ?? []).map((id) => byId.get(id)?.name ?? id)
        : [...new Set((linksOf.get(n.id) ?? []).map((l) => l.title))];
    n.a11y = `${n.name}, ${n.detail}${around.length ? `: ${around.join('; ')}` : ''}`;
  }
  const order = [...nodes]
    .sort(
      (a, b) => (a.type === 'hub' ? 1 : 0) - (b.type === 'hub' ? 1 : 0) || b.degree - a.degree || cmp(a.name, b.name),
    )
    .map((n) => n.id);
  return { nodes, links, byId, neighbours, linksOf, order };
}

function linkView(
  l: NetworkLink,
  byId: Map<string, NodeView>,
  partnerships: ReturnType<typeof indexDataset>['partnerships'],
  locale: Locale,
): LinkView | null {
  const source = publicNodeId(l.source);
  const target = publicNodeId(l.target);
  const a = byId.get(source);
  const b = byId.get(target);
  if (!a || !b) return null;
  const p = partnerships.get(l.partnershipId);
  const d = linkPath(a.x, a.y, b.x, b.y, l.parallelIndex, l.parallelCount, l.source > l.target);
  const title = p ? localize(p.title, locale) : l.partnershipId;
  return { id: l.id, source, target, partnershipId: l.partnershipId, kind: l.kind, d, style: linkStyle(l.kind), title };
}

// Clockwise angle from north, in [0, 2π); used only to order neighbours for the keyboard.
function bearing(from: NodeView, to: NodeView | undefined): number {
  if (!to) return 0;
  const a = Math.atan2(to.x - from.x, from.y - to.y);
  return a < 0 ? a + 2 * Math.PI : a;
}
function cached<K, V>(f: (k: K) => V): (k: K) => V {
  const memo = new Map<K, V>();
  return (k) => {
    if (!memo.has(k)) memo.set(k, f(k));
    return memo.get(k) as V;
  };
}
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
