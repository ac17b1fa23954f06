import type { CircleMark, PathMark } from '@parklinks/core';
import {
  DASH_LIMIT,
  type LinkView,
  linkMarks,
  linkOpacity,
  type NetworkModel,
  type NodeView,
  nodeMark,
} from '@parklinks/core/network';
import { Graph } from '@visx/network';
import { memo } from 'react';

type Named = { 'data-node'?: string; role?: 'img'; 'aria-label'?: string };

/**
 * One node's glyph from the scene (`nodeMark`: disc, dashed ring or diamond) at (0, 0) where the Graph
 * translates it, or at its own position with `at` (one element per node in the highlight overlay);
 * `named` adds its id and accessible name. Colours go in `style`: CSS variables do not resolve in attributes.
 */
export function NodeShape({ node, named, at }: { node: NodeView; named?: boolean; at?: boolean }) {
  const a: Named & { transform?: string } = named ? { 'data-node': node.id, role: 'img', 'aria-label': node.a11y } : {};
  if (at) a.transform = `translate(${node.x},${node.y})`;
  const m: CircleMark | PathMark = nodeMark(node, 0, 0);
  const style = { fill: m.fill, stroke: m.stroke };
  if (m.type === 'path') return <path {...a} d={m.d} strokeWidth={m.strokeWidth} style={style} />;
  return <circle {...a} r={m.r} strokeWidth={m.strokeWidth} strokeDasharray={m.dash} style={style} />;
}

const NamedNode = ({ node }: { node: NodeView }) => <NodeShape node={node} named />;

/**
 * Links grouped by family as the scene groups them (`linkMarks`), so each path carries only its `d`
 * (10,000 links stay ~0.4 MB of markup). The width is divided by the zoom factor (`--pl-net-k`, set on an
 * ancestor) so lines stay thin when zoomed without a `vector-effect` on every path.
 */
export function LinkPaths({
  links,
  extra = 0,
  plain,
}: {
  links: readonly LinkView[];
  extra?: number;
  plain?: boolean;
}) {
  return linkMarks(links, { extra, plain }).map((g) => (
    <g
      key={g.key}
      data-link-style={g.key}
      strokeDasharray={g.dash}
      strokeLinecap={g.key === 'alliance' ? 'round' : undefined}
      style={{ strokeWidth: `calc(${g.strokeWidth}px / var(--pl-net-k, 1))` }}
    >
      {g.children.map((p) => (
        <path key={p.key} d={p.d} />
      ))}
    </g>
  ));
}

/**
 * Every link and node, drawn once per layout. Nodes go through @visx/network's `Graph`, which
 * places each one; links are drawn flat, since `Graph` wraps every link in its own `<g>`, which
 * doubled the markup at 10,000 links. Memoised: hover, focus and selection are drawn by the
 * highlight layer on top, so they never re-render this layer. Without `links` the links are left to a canvas
 * (`LinksCanvas`); without `nodes`, the nodes too (a very large network in a browser: see `NAME_LIMIT`).
 */
export const GraphLayer = memo(function GraphLayer({
  model,
  links = true,
  nodes = true,
}: {
  model: NetworkModel;
  links?: boolean;
  nodes?: boolean;
}) {
  const n = model.links.length;
  return (
    <g>
      {links ? (
        <g fill="none" strokeOpacity={linkOpacity(n)} pointerEvents="none" style={{ stroke: 'var(--pl-muted)' }}>
          <LinkPaths links={model.links} plain={n > DASH_LIMIT} />
        </g>
      ) : null}
      {nodes ? <Graph<LinkView, NodeView> graph={{ links: [], nodes: model.nodes }} nodeComponent={NamedNode} /> : null}
    </g>
  );
});
