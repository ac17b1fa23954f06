// parklinks' PartnershipNetwork with its defaults, from its per-view entry (the packed package), its selection
// controlled by the page. Its layoutNetwork call is timed in place (tests/perf/lib/build.mjs).
import { PartnershipNetwork } from '@parklinks/react/network';
import { createRoot } from 'react-dom/client';
import { cssEscape, data, HEIGHT, probe, rootElement, useProbeSelection, WIDTH } from './common';

probe.hoverTarget = (i) => {
  const park = window.__HOVER.parks[i];
  const g =
    document.querySelector(`[data-node="${cssEscape(park)}"]`) ??
    document.querySelector(`[data-node="${cssEscape(`org:${park}`)}"]`);
  return g?.querySelector('circle, path, rect') ?? g;
};
function App() {
  const [selectedId, onSelect] = useProbeSelection();
  return <PartnershipNetwork data={data} width={WIDTH} height={HEIGHT} selectedId={selectedId} onSelect={onSelect} />;
}
createRoot(rootElement()).render(<App />);
