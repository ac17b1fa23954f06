// The floor: bare @visx/network drawing a d3-force layout (nivo's forces and iterations), with a memoised static
// layer and a small highlight overlay.
import { memo, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { addLayoutMs, cssEscape, data, HEIGHT, probe, rootElement, WIDTH } from './common';
import { forceCenter, forceLink, forceManyBody, forceSimulation, Graph, type SimulationNodeDatum } from './deps.js';
import { force, type PeerNode, peerNetworkData } from './networkData';

type Node = PeerNode & SimulationNodeDatum & { x: number; y: number };
type Link = { id: string; source: Node; target: Node };

function layout() {
  const { nodes: input, links: raw } = peerNetworkData(data);
  const t = performance.now();
  const nodes: Node[] = input.map((n) => ({ ...n, x: 0, y: 0 }));
  const links = raw.map((l) => ({ ...l })) as unknown as Link[];
  forceSimulation(nodes)
    .force(
      'link',
      forceLink<Node, Link>(links)
        .id((d) => d.id)
        .distance(force.linkDistance),
    )
    .force('charge', forceManyBody().strength(-force.repulsivity))
    .force('center', forceCenter(WIDTH / 2, HEIGHT / 2))
    .stop()
    .tick(force.iterations);
  addLayoutMs(performance.now() - t);
  const byNode = new Map<string, Link[]>();
  for (const l of links) for (const n of [l.source, l.target]) byNode.set(n.id, [...(byNode.get(n.id) ?? []), l]);
  return { nodes, links, byNode };
}

const StaticLayer = memo(function StaticLayer(props: {
  nodes: Node[];
  links: Link[];
  onHover: (id: string | null) => void;
}) {
  return (
    <g
      onPointerOver={(e) => props.onHover((e.target as Element).getAttribute('data-node'))}
      onPointerOut={() => props.onHover(null)}
    >
      <Graph<Link, Node>
        graph={props}
        linkComponent={({ link }) => (
          <line
            x1={link.source.x}
            y1={link.source.y}
            x2={link.target.x}
            y2={link.target.y}
            stroke="#999"
            strokeOpacity={0.5}
          />
        )}
        nodeComponent={({ node }) => <circle data-node={node.id} r={node.size / 2} fill={node.color} />}
      />
    </g>
  );
});

function App() {
  const { nodes, links, byNode } = useMemo(layout, []);
  const [hovered, setHovered] = useState<string | null>(null);
  // The harness's controlled selection: the same highlight, set from outside.
  probe.select = (id) => setHovered(id && `org:${id}`);
  const legs = hovered ? (byNode.get(hovered) ?? []) : [];
  return (
    <svg width={WIDTH} height={HEIGHT} role="img" aria-label="Partnership network">
      <StaticLayer nodes={nodes} links={links} onHover={setHovered} />
      <g pointerEvents="none">
        {legs.map((l) => (
          <line
            key={l.id}
            x1={l.source.x}
            y1={l.source.y}
            x2={l.target.x}
            y2={l.target.y}
            stroke="#c0392b"
            strokeWidth={2}
          />
        ))}
        {[...new Map(legs.flatMap((l) => [l.source, l.target]).map((n) => [n.id, n])).values()].map((n) => (
          <circle key={n.id} cx={n.x} cy={n.y} r={n.size / 2 + 2} fill="none" stroke="#c0392b" strokeWidth={2} />
        ))}
      </g>
    </svg>
  );
}

probe.hoverTarget = (i) => document.querySelector(`circle[data-node="${cssEscape(`org:${window.__HOVER.parks[i]}`)}"]`);
createRoot(rootElement()).render(<App />);
