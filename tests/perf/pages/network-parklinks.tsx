// parklinks' PartnershipNetwork with its defaults, from its per-view entry (the packed package), its selection
// controlled by the page. Its layoutNetwork call is timed in place (tests/perf/lib/build.mjs).
import { layoutNetwork } from '@parklinks/core/network';
import { toNetwork } from '@parklinks/data';
import { PartnershipNetwork } from '@parklinks/react/network';
import { createRoot } from 'react-dom/client';
import { cssEscape, data, HEIGHT, probe, rootElement, useProbeSelection, WIDTH } from './common';

// Where the plan's parks are when the nodes are on a canvas (a very large network): the chart's own layout with its
// defaults, worked out once in `prepare` (after the first render, before the heap's garbage collection), so its
// garbage is not collected during a measured hover. Its time is not counted in the page's layout time.
let canvasTargets: ({ x: number; y: number; label: string } | null)[] | null = null;
probe.prepare = () => {
  const chart = document.querySelector('[role="application"]');
  if (!chart?.querySelector('canvas[data-nodes]:not([data-nodes="0"])')) return;
  const layoutMs = probe.layoutMs;
  const box = chart.getBoundingClientRect();
  const layout = layoutNetwork(toNetwork(data), { width: box.width, height: box.height });
  probe.layoutMs = layoutMs;
  canvasTargets = ([0, 1] as const).map((i) => {
    const park = window.__HOVER.parks[i];
    const n = layout.nodes.find((x) => x.id === `org:${park}`);
    return n ? { x: n.x, y: n.y, label: park } : null;
  });
};
probe.hoverTarget = (i) => {
  const park = window.__HOVER.parks[i];
  const g =
    document.querySelector(`[data-node="${cssEscape(park)}"]`) ??
    document.querySelector(`[data-node="${cssEscape(`org:${park}`)}"]`);
  const chart = document.querySelector('[role="application"]');
  const at = canvasTargets?.[i];
  if (g || !chart || !at) return g?.querySelector('circle, path, rect') ?? g;
  return { element: chart, ...at };
};
function App() {
  const [selectedId, onSelect] = useProbeSelection();
  return <PartnershipNetwork data={data} width={WIDTH} height={HEIGHT} selectedId={selectedId} onSelect={onSelect} />;
}
createRoot(rootElement()).render(<App />);
