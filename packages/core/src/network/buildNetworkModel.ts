import { type Dataset, indexDataset, localize, type OrganizationKind, type PartnershipKind } from '@parklinks/data';
import { countLabel, countryName, type Locale } from '../shared/i18n.js';
import { orgKindLabel } from '../shared/kindLabels.js';
import { uiMessages } from '../shared/messages.js';
import { runSteps, type Steps } from '../shared/steps.js';
import type { NetworkLayout, PositionedNode } from './layoutNetwork.js';
import type { LinkGeometry } from './linkPath.js';
import { type LinkStyle, linkStyle } from './linkStyle.js';
import { networkMessages } from './messages.js';
import { type ModelContext, ModelLink, ModelNode, type NodeFields, neighbourIndex } from './modelViews.js';
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
  /** Accessible name: name, detail and what it is joined to (its partnerships, or a hub's members); written when first read. */
  readonly a11y: string;
};
/** A link ready to draw: its geometry (`LinkGeometry`, layout px) and, written when read, its SVG path and title. */
export type LinkView = LinkGeometry & {
  id: string;
  source: string;
  target: string;
  partnershipId: string;
  kind: PartnershipKind;
  /** SVG path of the geometry (`geometryPath`). */
  readonly d: string;
  style: LinkStyle;
  /** Localized partnership title. */
  readonly title: string;
};
/** Neighbours of a node, clockwise from north (the keyboard walk's order), worked out when first asked for. */
export type NeighbourIndex = { get(id: string): string[] | undefined };
export type NetworkModel = {
  nodes: NodeView[];
  links: LinkView[];
  byId: Map<string, NodeView>;
  /** Neighbours of each node, clockwise from north (the keyboard walk's order). */
  neighbours: NeighbourIndex;
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

/**
 * `buildNetworkModel` in steps (nodes, links), for a page that yields between them. Neighbours and accessible names
 * are written when first read (see `ModelContext`), so they are no step of their own.
 */
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
  const byId = new Map<string, NodeView>();
  const linksOf = new Map<string, LinkView[]>();
  const neighbours = neighbourIndex(byId, linksOf);
  const ctx: ModelContext = { locale, byId, linksOf, neighbours };
  const nodes = layout.nodes.map((n): NodeView => {
    const id = publicNodeId(n.id);
    const country = countryOf(n.country);
    const { color, colorKey } = nodeColor(n, colorBy);
    const base = {
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
    let f: NodeFields;
    if (n.type === 'hub') {
      const p = partnerships.get(n.partnershipId ?? '');
      const name = p ? localize(p.title, locale) : localize(n.label, locale);
      f = { ...base, shape: 'diamond', name, label: shorten(name), detail: `${m.hub} — ${m.members(n.degree)}` };
    } else if (n.type === 'country') {
      const count = countOf(n.degree);
      const kind = n.kind ? ui.unnamedParties(orgKindLabel(n.kind, locale), country) : country;
      f = { ...base, shape: 'ring', name: kind, label: shorten(country), detail: `${m.unnamed} — ${count}` };
    } else {
      const count = countOf(n.degree);
      const o = organizations.get(n.organizationId ?? '');
      const name = o ? localize(o.name, locale) : localize(n.label, locale);
      const city = o?.city ? localize(o.city, locale) : null;
      const label = name.length > MAX_LABEL && o?.shortName ? o.shortName : shorten(name);
      // The group or city government a body belongs to is named too (it may have no node of its own).
      const parent = o?.parent ? organizations.get(o.parent) : undefined;
      const within = parent ? ` (${localize(parent.name, locale)})` : '';
      const detail = `${city ? `${city}, ` : ''}${country}${within} — ${count}`;
      f = { ...base, shape: 'disc', name, label, detail };
    }
    const node = new ModelNode(f, ctx);
    byId.set(id, node);
    return node;
  });
  yield 'network:nodes';
  // By `toNetwork` id (a link names its ends by those), to the node's index: each node's links are gathered in a
  // list of their own, and put in `linksOf` once per node rather than looked up by id for each end of each link.
  const byInternal = new Map<string, number>();
  for (let i = 0; i < nodes.length; i++) byInternal.set((layout.nodes[i] as PositionedNode).id, i);
  const lists: LinkView[][] = nodes.map(() => []);
  const links: LinkView[] = [];
  for (const l of layout.links) {
    const a = byInternal.get(l.source);
    const b = byInternal.get(l.target);
    if (a === undefined || b === undefined) continue;
    const v = new ModelLink(
      l,
      nodes[a] as NodeView,
      nodes[b] as NodeView,
      linkStyle(l.kind),
      partnerships.get(l.partnershipId),
      ctx,
    );
    links.push(v);
    (lists[a] as LinkView[]).push(v);
    (lists[b] as LinkView[]).push(v);
  }
  yield 'network:links';
  for (let i = 0; i < nodes.length; i++) {
    const list = lists[i] as LinkView[];
    if (list.length === 0) continue;
    const id = (nodes[i] as NodeView).id;
    const known = linksOf.get(id);
    linksOf.set(id, known ? known.concat(list) : list);
  }
  const order = [...nodes]
    .sort(
      (a, b) => (a.type === 'hub' ? 1 : 0) - (b.type === 'hub' ? 1 : 0) || b.degree - a.degree || cmp(a.name, b.name),
    )
    .map((n) => n.id);
  return { nodes, links, byId, neighbours, linksOf, order };
}

function cached<K, V>(f: (k: K) => V): (k: K) => V {
  const memo = new Map<K, V>();
  return (k) => {
    if (!memo.has(k)) memo.set(k, f(k));
    return memo.get(k) as V;
  };
}
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
