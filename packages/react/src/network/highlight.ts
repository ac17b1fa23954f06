import { type Locale, partnershipKindLabel } from '../shared/index.js';
import { networkMessages } from './messages.js';
import type { LinkView, NetworkModel } from './networkModel.js';
import { type PlacedLabel, placeLabels } from './placeLabels.js';

/** What the highlight layer draws: nodes at full strength and links in the accent colour. */
export type Highlight = { nodes: string[]; links: LinkView[] };

/**
 * The neighbourhood of `activeId` (the node and every node one link away, with those links); when
 * no node is active but `selectedId` names a partnership (as the linked timeline does), its links
 * and their ends. Empty when neither matches.
 */
export function highlightOf(model: NetworkModel, activeId: string | null, selectedId: string | null): Highlight {
  if (activeId && model.byId.has(activeId))
    return { nodes: [activeId, ...(model.neighbours.get(activeId) ?? [])], links: model.linksOf.get(activeId) ?? [] };
  if (selectedId && !model.byId.has(selectedId)) {
    const links = model.links.filter((l) => l.partnershipId === selectedId);
    return { nodes: [...new Set(links.flatMap((l) => [l.source, l.target]))], links };
  }
  return { nodes: [], links: [] };
}

/**
 * What a screen reader hears when the keyboard lands on `id`:
 * "ZGC Group, Beijing, China — 3 partnerships; next: Moscow Innovation Cluster".
 */
export function describeNode(model: NetworkModel, id: string, locale: Locale, selected = false): string {
  const m = networkMessages(locale);
  const n = model.byId.get(id);
  if (!n) return '';
  const first = model.neighbours.get(id)?.[0];
  const next = first ? m.next(model.byId.get(first)?.name ?? first) : m.noPartners;
  return `${n.name}${selected ? ` (${m.selected})` : ''}, ${n.detail}; ${next}`;
}

/** What a screen reader hears when the keyboard picks the `cursor`-th neighbour of `id`. */
export function describeNeighbour(model: NetworkModel, id: string, cursor: number, locale: Locale): string {
  const near = model.neighbours.get(id) ?? [];
  const to = near[cursor];
  const n = to ? model.byId.get(to) : undefined;
  if (!to || !n) return '';
  const via = (model.linksOf.get(id) ?? []).find((l) => l.source === to || l.target === to);
  // A hub is the agreement itself: name its kind rather than repeat its title.
  const how = via ? (n.type === 'hub' ? partnershipKindLabel(via.kind, locale) : via.title) : '';
  return networkMessages(locale).neighbour(cursor + 1, near.length, n.name, how);
}

/** Labels of the highlighted nodes, the active one first, placed clear of each other and of those nodes. */
export function highlightLabels(
  model: NetworkModel,
  hl: Highlight,
  activeId: string | null,
  width: number,
  height: number,
  rtl: boolean,
): PlacedLabel[] {
  const nodes = hl.nodes.flatMap((id) => model.byId.get(id) ?? []);
  const requests = nodes.map((n) => ({
    id: n.id,
    x: n.x,
    y: n.y,
    r: n.r,
    text: n.label,
    priority: n.id === activeId ? Number.POSITIVE_INFINITY : n.degree,
  }));
  return placeLabels(requests, { width, height, obstacles: nodes, prefer: rtl ? 'left' : 'right' });
}
