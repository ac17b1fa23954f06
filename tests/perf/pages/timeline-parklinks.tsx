// parklinks' PartnershipTimeline with its defaults, from its per-view entry (the packed package), its selection
// (a partnership id) controlled by the page.
import { buildTimelineModel, layoutTimeline, shownEvents, timelineItems } from '@parklinks/core/timeline';
import { PartnershipTimeline } from '@parklinks/react/timeline';
import { createRoot } from 'react-dom/client';
import { data, HEIGHT, probe, rootElement, useProbeSelection, WIDTH } from './common';

// Marks are labelled "<title>, <date>"; find the plan's partnership by its title, else a mark in the middle. Where the
// marks are on a canvas (very many events), the place core's layout gives that partnership in the chart (the chart's
// own steps with its defaults, all of them already in the page's bundle).
probe.selectId = (i) => window.__HOVER.deals[i];
probe.hoverTarget = (i) => {
  const marks = [...document.querySelectorAll('[data-i][aria-label]')];
  const deal = data.partnerships.find((p) => p.id === window.__HOVER.deals[i]);
  const title = deal?.title.en;
  const inDom =
    (title && marks.find((m) => m.getAttribute('aria-label')?.startsWith(`${title},`))) ||
    marks[(marks.length >> 1) + i];
  const chart = document.querySelector('[role="application"]');
  if (inDom || !chart?.querySelector('canvas[data-marks]')) return inDom || null;
  const model = buildTimelineModel(data, 'country', 'en');
  const shown = shownEvents(model.items, null);
  const layout = layoutTimeline(model, { width: chart.getBoundingClientRect().width, height: HEIGHT, shown });
  const items = timelineItems(layout, shown);
  const item = items.find((it) => it.ref.id === deal?.id) ?? items[(items.length >> 1) + i];
  return item ? { element: chart, x: item.x, y: item.y, label: item.name } : null;
};
function App() {
  const [selectedId, onSelect] = useProbeSelection();
  return <PartnershipTimeline data={data} width={WIDTH} height={HEIGHT} selectedId={selectedId} onSelect={onSelect} />;
}
createRoot(rootElement()).render(<App />);
