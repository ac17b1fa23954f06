import type { LinkView, NetworkModel, NodeView } from '@parklinks/core/network';
import { linkStyleKeys, linkStyles } from '@parklinks/core/network';
import { Graph } from '@visx/network';
import { memo } from 'react';

type Named = { 'data-node'?: string; role?: 'img'; 'aria-label'?: string };

/**
 * One node: disc, dashed ring or diamond, at (0, 0) where the Graph translates it, or at its own
 * position with `at` (one element per node in the highlight overlay); `named` adds its id and
 * accessible name.
 */
export function NodeShape({ node, named, at }: { node: NodeView; named?: boolean; at?: boolean }) {
  const strokeWidth = node.r < 4 ? 0.5 : 1;
  const a: Named & { transform?: string } = named ? { 'data-node': node.id, role: 'img', 'aria-label': node.a11y } : {};
  if (at) a.transform = `translate(${node.x},${node.y})`;
  if (node.shape === 'diamond') {
    const s = Math.round(node.r * 13) / 10;
    return (
      <path
        {...a}
        d={`M0,${-s}L${s},0L0,${s}L${-s},0Z`}
        strokeWidth={strokeWidth}
        style={{ fill: node.color, stroke: 'var(--pl-bg)' }}
      />
    );
  }
  if (node.shape === 'ring')
    return (
      <circle
        {...a}
        r={node.r}
        strokeWidth={2}
        strokeDasharray="3 2"
        style={{ fill: 'var(--pl-bg)', stroke: node.color }}
      />
    );
  return <circle {...a} r={node.r} strokeWidth={strokeWidth} style={{ fill: node.color, stroke: 'var(--pl-bg)' }} />;
}

const NodeMark = ({ node }: { node: NodeView }) => <NodeShape node={node} named />;

/**
 * Stroke attributes of one link family. The width is divided by the zoom factor (`--pl-net-k`,
 * set on an ancestor) so lines stay thin when zoomed without a `vector-effect` on every path.
 */
export const linkStrokeProps = (key: (typeof linkStyleKeys)[number], extra = 0, plain = false) => {
  const s = linkStyles[key];
  return {
    strokeDasharray: plain ? undefined : s.dash,
    strokeLinecap: key === 'alliance' ? ('round' as const) : undefined,
    style: { strokeWidth: `calc(${s.width + extra}px / var(--pl-net-k, 1))` },
  };
};

/** Links grouped by family, so each path carries only its `d` (10,000 links stay ~0.4 MB of markup). */
export function LinkPaths({
  links,
  extra = 0,
  plain,
}: {
  links: readonly LinkView[];
  extra?: number;
  plain?: boolean;
}) {
  return linkStyleKeys.map((key) => {
    const group = links.filter((l) => l.style.key === key);
    return group.length === 0 ? null : (
      <g key={key} data-link-style={key} {...linkStrokeProps(key, extra, plain)}>
        {group.map((l) => (
          <path key={l.id} d={l.d} />
        ))}
      </g>
    );
  });
}

/** Above this many links the static layer drops dash patterns: they tripled raster time at 10,000 links (6.1 s → 2.0 s in headless Chromium); highlighted links keep them. */
export const DASH_LIMIT = 3000;
/** Links fade as they multiply, so a dense graph shows its structure instead of a grey mass: 0.5 up to 800 links, 0.12 at most. */
export const linkOpacity = (n: number) =>
  Math.round(Math.max(0.12, Math.min(0.5, 0.5 * Math.sqrt(800 / Math.max(1, n)))) * 100) / 100;

/**
 * Every link and node, drawn once per layout. Nodes go through @visx/network's `Graph`, which
 * places each one; links are drawn flat, since `Graph` wraps every link in its own `<g>`, which
 * doubled the markup at 10,000 links. Memoised: hover, focus and selection are drawn by the
 * highlight layer on top, so they never re-render this layer.
 */
export const GraphLayer = memo(function GraphLayer({ model }: { model: NetworkModel }) {
  const n = model.links.length;
  return (
    <g>
      <g fill="none" strokeOpacity={linkOpacity(n)} pointerEvents="none" style={{ stroke: 'var(--pl-muted)' }}>
        <LinkPaths links={model.links} plain={n > DASH_LIMIT} />
      </g>
      <Graph<LinkView, NodeView> graph={{ links: [], nodes: model.nodes }} nodeComponent={NodeMark} />
    </g>
  );
});
