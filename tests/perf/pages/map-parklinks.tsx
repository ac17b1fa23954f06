// parklinks' PartnershipMap with its defaults, from its per-view entry (the packed package: tests/perf/lib/build.mjs),
// its selection controlled by the page (`selectedId`/`onSelect`), which the harness sets to measure a selection.
import {
  basemapFeatures,
  buildMapModel,
  layoutMarkers,
  mapProjection,
  markerScale,
  worldBasemap,
} from '@parklinks/core/map';
import { PartnershipMap } from '@parklinks/react/map';
import { createRoot } from 'react-dom/client';
import { cssEscape, data, HEIGHT, probe, rootElement, useProbeSelection, WIDTH } from './common';

// Where the plan's parks are when the markers are on a canvas (very many markers): core's layout with the chart's
// defaults, worked out once in `prepare` (after the first render, before the heap's garbage collection), so its
// garbage is not collected during a measured hover.
let canvasTargets: ({ x: number; y: number; label: string } | null)[] | null = null;
probe.prepare = () => {
  const chart = document.querySelector('svg[role="application"]');
  if (!chart || !document.querySelector('canvas[data-markers]')) return;
  const [width, height] = [Number(chart.getAttribute('width')), Number(chart.getAttribute('height'))];
  const model = buildMapModel(data, basemapFeatures(worldBasemap));
  const projection = mapProjection(model, width, height, 'data');
  const markers = layoutMarkers(model, projection, { k: 1, x: 0, y: 0 }, new Set(), {
    scale: markerScale(width),
    area: width * height,
  });
  canvasTargets = ([0, 1] as const).map((i) => {
    const park = window.__HOVER.parks[i];
    const m = markers.find((x) => x.id === park || x.members.includes(park));
    return m ? { x: m.x, y: m.y, label: park } : null;
  });
};
// A park in a city with several parks is drawn inside a city cluster: then hover the biggest cluster.
probe.hoverTarget = (i) => {
  const exact = document.querySelector(`[data-id="${cssEscape(window.__HOVER.parks[i])}"]`);
  if (exact) return exact;
  const chart = document.querySelector('svg[role="application"]');
  const at = canvasTargets?.[i];
  if (chart && at) return { element: chart, ...at };
  const clusters = [...document.querySelectorAll('[data-type="cluster"]')];
  clusters.sort((a, b) => Number(b.textContent) - Number(a.textContent));
  return clusters[i] ?? document.querySelector('[data-type="organization"]');
};
function App() {
  const [selectedId, onSelect] = useProbeSelection();
  return <PartnershipMap data={data} width={WIDTH} height={HEIGHT} selectedId={selectedId} onSelect={onSelect} />;
}
createRoot(rootElement()).render(<App />);
