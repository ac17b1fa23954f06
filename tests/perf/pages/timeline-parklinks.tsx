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
// Where the plan's marks are when they are on a canvas: worked out once, in `prepare` (the harness calls it after
// the first render, before it collects garbage and measures the heap), so the layout's garbage is not collected
// during a measured hover.
let canvasTargets: ({ x: number; y: number; label: string } | null)[] | null = null;
probe.prepare = () => {
  const chart = document.querySelector('[role="application"]');
  if (!chart?.querySelector('canvas[data-marks]')) return;
  const model = buildTimelineModel(data, 'country', 'en');
  const shown = shownEvents(model.items, null);
  const layout = layoutTimeline(model, { width: chart.getBoundingClientRect().width, height: HEIGHT, shown });
  const items = timelineItems(layout, shown);
  canvasTargets = ([0, 1] as const).map((i) => {
    const item = items.find((it) => it.ref.id === window.__HOVER.deals[i]) ?? items[(items.length >> 1) + i];
    return item ? { x: item.x, y: item.y, label: item.name } : null;
  });
};
probe.hoverTarget = (i) => {
  const marks = [...document.querySelectorAll('[data-i][aria-label]')];
  const title = data.partnerships.find((p) => p.id === window.__HOVER.deals[i])?.title.en;
  const inDom =
    (title && marks.find((m) => m.getAttribute('aria-label')?.startsWith(`${title},`))) ||
    marks[(marks.length >> 1) + i];
  const chart = document.querySelector('[role="application"]');
  const at = canvasTargets?.[i];
  if (inDom || !chart || !at) return inDom || null;
  return { element: chart, ...at };
};
function App() {
  const [selectedId, onSelect] = useProbeSelection();
  return <PartnershipTimeline data={data} width={WIDTH} height={HEIGHT} selectedId={selectedId} onSelect={onSelect} />;
}
createRoot(rootElement()).render(<App />);
