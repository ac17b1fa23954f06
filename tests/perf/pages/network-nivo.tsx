// @nivo/network (SVG) with its default forces, animation off; its own hover highlight (active/inactive sizes).
// Its d3-force simulation is timed in place by a wrapped d3-force (tests/perf/lib/build.mjs).
import { Network } from '@nivo/network';
import { createRoot } from 'react-dom/client';
import { cssEscape, data, HEIGHT, probe, rootElement, WIDTH } from './common';
import { force, type PeerNode, peerNetworkData } from './networkData';

const graph = peerNetworkData(data);

probe.hoverTarget = (i) =>
  document.querySelector(`circle[data-testid="node.${cssEscape(`org:${window.__HOVER.parks[i]}`)}"]`);
createRoot(rootElement()).render(
  <Network
    data={graph}
    width={WIDTH}
    height={HEIGHT}
    animate={false}
    linkDistance={force.linkDistance}
    repulsivity={force.repulsivity}
    iterations={force.iterations}
    nodeSize={(n: PeerNode) => n.size}
    activeNodeSize={(n: PeerNode) => n.size * 1.5}
    inactiveNodeSize={(n: PeerNode) => n.size * 0.7}
    nodeColor={(n: PeerNode) => n.color}
    linkThickness={1}
  />,
);
