// parklinks' PartnershipTimeline with its defaults, from its per-view entry (the packed package), its selection
// (a partnership id) controlled by the page.
import { PartnershipTimeline } from '@parklinks/react/timeline';
import { createRoot } from 'react-dom/client';
import { data, HEIGHT, probe, rootElement, useProbeSelection, WIDTH } from './common';

// Marks are labelled "<title>, <date>"; find the plan's partnership by its title, else a mark in the middle.
probe.selectId = (i) => window.__HOVER.deals[i];
probe.hoverTarget = (i) => {
  const marks = [...document.querySelectorAll('[data-i][aria-label]')];
  const title = data.partnerships.find((p) => p.id === window.__HOVER.deals[i])?.title.en;
  return (
    (title && marks.find((m) => m.getAttribute('aria-label')?.startsWith(`${title},`))) ||
    marks[(marks.length >> 1) + i] ||
    null
  );
};
function App() {
  const [selectedId, onSelect] = useProbeSelection();
  return <PartnershipTimeline data={data} width={WIDTH} height={HEIGHT} selectedId={selectedId} onSelect={onSelect} />;
}
createRoot(rootElement()).render(<App />);
