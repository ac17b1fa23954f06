// parklinks' PartnershipTimeline with its defaults.
import { PartnershipTimeline } from '@parklinks/react';
import { createRoot } from 'react-dom/client';
import { data, HEIGHT, probe, rootElement, WIDTH } from './common';

// Marks are labelled "<title>, <date>"; find the plan's partnership by its title, else a mark in the middle.
probe.hoverTarget = (i) => {
  const marks = [...document.querySelectorAll('[data-i][aria-label]')];
  const title = data.partnerships.find((p) => p.id === window.__HOVER.deals[i])?.title.en;
  return (
    (title && marks.find((m) => m.getAttribute('aria-label')?.startsWith(`${title},`))) ||
    marks[(marks.length >> 1) + i] ||
    null
  );
};
createRoot(rootElement()).render(<PartnershipTimeline data={data} width={WIDTH} height={HEIGHT} />);
