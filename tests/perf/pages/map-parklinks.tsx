// parklinks' PartnershipMap with its defaults, from its per-view entry (the packed package: tests/perf/lib/build.mjs),
// its selection controlled by the page (`selectedId`/`onSelect`), which the harness sets to measure a selection.
import { PartnershipMap } from '@parklinks/react/map';
import { createRoot } from 'react-dom/client';
import { cssEscape, data, HEIGHT, probe, rootElement, useProbeSelection, WIDTH } from './common';

// A park in a city with several parks is drawn inside a city cluster: then hover the biggest cluster.
probe.hoverTarget = (i) => {
  const exact = document.querySelector(`[data-id="${cssEscape(window.__HOVER.parks[i])}"]`);
  if (exact) return exact;
  const clusters = [...document.querySelectorAll('[data-type="cluster"]')];
  clusters.sort((a, b) => Number(b.textContent) - Number(a.textContent));
  return clusters[i] ?? document.querySelector('[data-type="organization"]');
};
function App() {
  const [selectedId, onSelect] = useProbeSelection();
  return <PartnershipMap data={data} width={WIDTH} height={HEIGHT} selectedId={selectedId} onSelect={onSelect} />;
}
createRoot(rootElement()).render(<App />);
