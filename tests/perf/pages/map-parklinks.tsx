// parklinks' PartnershipMap with its defaults.
import { PartnershipMap } from '@parklinks/react';
import { createRoot } from 'react-dom/client';
import { cssEscape, data, HEIGHT, probe, rootElement, WIDTH } from './common';

// A park in a city with several parks is drawn inside a city cluster: then hover the biggest cluster.
probe.hoverTarget = (i) => {
  const exact = document.querySelector(`[data-id="${cssEscape(window.__HOVER.parks[i])}"]`);
  if (exact) return exact;
  const clusters = [...document.querySelectorAll('[data-type="cluster"]')];
  clusters.sort((a, b) => Number(b.textContent) - Number(a.textContent));
  return clusters[i] ?? document.querySelector('[data-type="organization"]');
};
createRoot(rootElement()).render(<PartnershipMap data={data} width={WIDTH} height={HEIGHT} />);
