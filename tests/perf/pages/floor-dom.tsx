// Reference only: the probe's floor for a hover, on this machine. No framework and next to no work: 500 SVG
// circles, and a hover that changes one circle's fill and writes its id in a line of text. What a pointer hover
// costs here, to the painted frame, is what the probe measures for any page before the page does anything.
import { probe, rootElement } from './common';
import { floorCircles, floorLine } from './floor';

const root = rootElement();
const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
svg.setAttribute('width', '960');
svg.setAttribute('height', '600');
const { circles } = floorCircles(svg);
const line = floorLine();
root.append(svg, line);
const on = (e: Event, fill: string, text: string) => {
  const c = e.target as Element;
  if (c.tagName !== 'circle') return;
  c.setAttribute('fill', fill);
  line.textContent = text ? (c.getAttribute('data-park') ?? '') : '–';
};
svg.addEventListener('pointerover', (e) => on(e, '#c0392b', 'on'));
svg.addEventListener('pointerout', (e) => on(e, '#2c6db5', ''));
probe.hoverTarget = (i) => circles[i ? 300 : 100] ?? null;
