import type { Locale } from '../shared/i18n.js';
import { partnershipKindLabel } from '../shared/kindLabels.js';
import { type PlacedLabel, placeLabels } from '../shared/placeLabels.js';
import type { LinkView, NetworkModel } from './buildNetworkModel.js';
import { networkMessages } from './messages.js';

/** What the highlight layer draws: nodes at full strength and links in the accent colour. */
export type Highlight = { nodes: string[]; links: LinkView[] };

/**
 * The neighbourhood of `activeId` (the node and every node one link away, with those links); when
 * no node is active but `selectedId` names a partnership (as the linked timeline does), its links
 * and their ends. Empty when neither matches.
 */
export function highlightOf(model: NetworkModel, activeId: string | null, selectedId: string | null): Highlight {
  // Neighbours and incident links come from the model, built once per layout: a hover only looks them up.
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

// The permanent labels by id, per label list: the same list on every hover.
const byId = new WeakMap<readonly PlacedLabel[], Map<string, PlacedLabel>>();

/**
 * Labels of the highlighted nodes (the active node and its neighbours: a handful, never the whole
 * graph). A node that already has a permanent label keeps it where it is (the overlay draws it
 * again in bold), so a label never jumps on hover; the others, the active one first, are placed
 * clear of each other, of the highlighted nodes and, where they fit, of every permanent label
 * (those that fit nowhere else may then cover a faded permanent label).
 */
export function highlightLabels(
  model: NetworkModel,
  hl: Highlight,
  activeId: string | null,
  width: number,
  height: number,
  rtl: boolean,
  fixed: readonly PlacedLabel[] = [],
): PlacedLabel[] {
  if (hl.nodes.length === 0) return [];
  const nodes = hl.nodes.flatMap((id) => model.byId.get(id) ?? []);
  let fixedById = byId.get(fixed);
  if (!fixedById) {
    fixedById = new Map(fixed.map((l) => [l.id, l]));
    byId.set(fixed, fixedById);
  }
  const kept = nodes.flatMap((n) => fixedById.get(n.id) ?? []);
  const requests = nodes
    .filter((n) => !fixedById.has(n.id))
    .map((n) => ({
      id: n.id,
      x: n.x,
      y: n.y,
      r: n.r,
      text: n.label,
      priority: n.id === activeId ? Number.POSITIVE_INFINITY : n.degree,
    }));
  if (requests.length === 0) return kept;
  const prefer = rtl ? 'left' : 'right';
  const clear = placeLabels(requests, { width, height, obstacles: nodes, taken: fixed, prefer });
  if (clear.length === requests.length) return [...kept, ...clear];
  const placedIds = new Set(clear.map((l) => l.id));
  const over = placeLabels(
    requests.filter((q) => !placedIds.has(q.id)),
    { width, height, obstacles: nodes, taken: [...kept, ...clear], prefer },
  );
  return [...kept, ...clear, ...over];
}
