// parklinks' PartnershipNetwork with its defaults. Its layoutNetwork call is timed in place (tests/perf/lib/build.mjs).
import { PartnershipNetwork } from '@parklinks/react';
import { createRoot } from 'react-dom/client';
import { cssEscape, data, HEIGHT, probe, rootElement, WIDTH } from './common';

probe.hoverTarget = (i) => {
  const park = window.__HOVER.parks[i];
  const g =
    document.querySelector(`[data-node="${cssEscape(park)}"]`) ??
    document.querySelector(`[data-node="${cssEscape(`org:${park}`)}"]`);
  return g?.querySelector('circle, path, rect') ?? g;
};
createRoot(rootElement()).render(<PartnershipNetwork data={data} width={WIDTH} height={HEIGHT} />);
