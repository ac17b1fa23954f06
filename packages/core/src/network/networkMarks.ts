import type { CircleMark, GroupMark, Mark, PathMark, Selection } from '../scene/types.js';
import type { LinkView, NodeView } from './buildNetworkModel.js';
import { type LinkStyleKey, linkStyleKeys, linkStyles } from './linkStyle.js';

/** Above this many links the static layer drops dash patterns: they tripled raster time at 10,000 links (6.1 s → 2.0 s in headless Chromium); highlighted links keep them. */
export const DASH_LIMIT = 3000;
/**
 * Above this many nodes a browser draws the nodes on a canvas and names only the keyboard's node (the one
 * `aria-activedescendant` points at): 10,000 accessible names listing every partnership were megabytes of text, and
 * 10,000 elements most of React's time. The server's HTML draws and names every node.
 */
export const NAME_LIMIT = 5000;
/** Links fade as they multiply, so a dense graph shows its structure instead of a grey mass: 0.5 up to 800 links, 0.12 at most. */
export const linkOpacity = (n: number) =>
  Math.round(Math.max(0.12, Math.min(0.5, 0.5 * Math.sqrt(800 / Math.max(1, n)))) * 100) / 100;

/** What a node stands for: an organization, the unnamed parties of a country, or a multilateral agreement's hub. */
export function nodeSelection(node: Pick<NodeView, 'id' | 'type'>): Selection {
  if (node.type === 'country') return { type: 'country', id: node.id.slice('country:'.length) };
  if (node.type === 'hub') return { type: 'hub', id: node.id.slice('hub:'.length) };
  return { type: 'organization', id: node.id };
}

/** Half-diagonal of a hub's diamond: 1.3 × its radius, to 0.1 px. */
export const diamondSize = (r: number) => Math.round(r * 13) / 10;

/**
 * One node's glyph centred at (cx, cy) (default: its position): a disc, a dashed ring (unnamed parties)
 * or a diamond (a hub), outlined in the background colour. No name: `nodeMarks` adds it.
 */
export function nodeMark(node: NodeView, cx = node.x, cy = node.y): CircleMark | PathMark {
  const strokeWidth = node.r < 4 ? 0.5 : 1;
  if (node.shape === 'diamond') {
    const s = diamondSize(node.r);
    const d = `M${cx},${cy - s}L${cx + s},${cy}L${cx},${cy + s}L${cx - s},${cy}Z`;
    return { type: 'path', d, fill: node.color, stroke: 'var(--pl-bg)', strokeWidth };
  }
  if (node.shape === 'ring')
    return {
      type: 'circle',
      x: cx,
      y: cy,
      r: node.r,
      fill: 'var(--pl-bg)',
      stroke: node.color,
      strokeWidth: 2,
      dash: '3 2',
    };
  return { type: 'circle', x: cx, y: cy, r: node.r, fill: node.color, stroke: 'var(--pl-bg)', strokeWidth };
}

/** Every node, in the model's drawing order, with what it stands for and its accessible name. */
export function nodeMarks(nodes: readonly NodeView[]): Mark[] {
  return nodes.map((n) => ({ ...nodeMark(n), key: n.id, ref: nodeSelection(n), name: n.a11y }));
}

/** A family of links: one group carrying the dash and width, so each path holds only its `d`. */
export type LinkFamilyMark = Omit<GroupMark, 'key' | 'children'> & { key: LinkStyleKey; children: PathMark[] };

/**
 * Links grouped by family (`linkStyleKeys` order, empty families left out), each path standing for its
 * partnership. `extra` widens every stroke (the highlight); `plain` drops the dash patterns (see `DASH_LIMIT`).
 */
export function linkMarks(links: readonly LinkView[], { extra = 0, plain = false } = {}): LinkFamilyMark[] {
  return linkStyleKeys.flatMap((key) => {
    const group = links.filter((l) => l.style.key === key);
    if (group.length === 0) return [];
    const s = linkStyles[key];
    const children = group.map(
      (l): PathMark => ({ type: 'path', key: l.id, d: l.d, ref: { type: 'partnership', id: l.partnershipId } }),
    );
    return [
      { type: 'group', key, strokeWidth: s.width + extra, ...(plain || !s.dash ? {} : { dash: s.dash }), children },
    ];
  });
}
