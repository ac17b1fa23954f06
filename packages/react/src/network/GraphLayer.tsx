import { Graph } from '@visx/network';
import { memo } from 'react';
import { linkStyleKeys, linkStyles } from './linkStyle.js';
import type { LinkView, NetworkModel, NodeView } from './networkModel.js';

/** One node at (0, 0) (the Graph translates it): disc, dashed ring or diamond. */
export function NodeShape({ node }: { node: NodeView }) {
  if (node.shape === 'diamond') {
    const s = Math.round(node.r * 13) / 10;
    return <path d={`M0,${-s}L${s},0L0,${s}L${-s},0Z`} style={{ fill: node.color, stroke: 'var(--pl-bg)' }} />;
  }
  if (node.shape === 'ring')
    return (
      <circle r={node.r} strokeWidth={2} strokeDasharray="3 2" style={{ fill: 'var(--pl-bg)', stroke: node.color }} />
    );
  return <circle r={node.r} style={{ fill: node.color, stroke: 'var(--pl-bg)' }} />;
}

function NodeMark({ node }: { node: NodeView }) {
  return (
    // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an SVG group is not interactive; role="img" gives the node its accessible name
    <g data-node={node.id} role="img" aria-label={`${node.name}, ${node.detail}`}>
      <NodeShape node={node} />
    </g>
  );
}

/**
 * Stroke attributes of one link family. The width is divided by the zoom factor (`--pl-net-k`,
 * set on an ancestor) so lines stay thin when zoomed without a `vector-effect` on every path.
 */
export const linkStrokeProps = (key: (typeof linkStyleKeys)[number], extra = 0) => {
  const s = linkStyles[key];
  return {
    strokeDasharray: s.dash,
    strokeLinecap: key === 'alliance' ? ('round' as const) : undefined,
    style: { strokeWidth: `calc(${s.width + extra}px / var(--pl-net-k, 1))` },
  };
};

/** Links grouped by family, so each path carries only its `d` (10,000 links stay ~0.4 MB of markup). */
export function LinkPaths({ links, extra = 0 }: { links: readonly LinkView[]; extra?: number }) {
  return linkStyleKeys.map((key) => {
    const group = links.filter((l) => l.style.key === key);
    return group.length === 0 ? null : (
      <g key={key} data-link-style={key} {...linkStrokeProps(key, extra)}>
        {group.map((l) => (
          <path key={l.id} d={l.d} />
        ))}
      </g>
    );
  });
}

/**
 * Every link and node, drawn once per layout. Nodes go through @visx/network's `Graph`, which
 * places each one; links are drawn flat, since `Graph` wraps every link in its own `<g>`, which
 * doubled the markup at 10,000 links. Memoised: hover, focus and selection are drawn by the
 * highlight layer on top, so they never re-render this layer.
 */
export const GraphLayer = memo(function GraphLayer({ model }: { model: NetworkModel }) {
  return (
    <g>
      <g fill="none" strokeOpacity={0.5} pointerEvents="none" style={{ stroke: 'var(--pl-muted)' }}>
        <LinkPaths links={model.links} />
      </g>
      <Graph<LinkView, NodeView> graph={{ links: [], nodes: model.nodes }} nodeComponent={NodeMark} />
    </g>
  );
});
