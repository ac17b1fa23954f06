// Reference only: the probe's floor for a hover, on this machine. No framework and next to no work: 500 SVG
// circles, and a hover that changes one circle's fill and writes its id in a line of text. What a pointer hover
// costs here, to the painted frame, is what the probe measures for any page before the page does anything.
import { probe, rootElement } from './common';

const root = rootElement();
const ns = 'http://www.w3.org/2000/svg';
const svg = document.createElementNS(ns, 'svg');
svg.setAttribute('width', '960');
svg.setAttribute('height', '600');
const circles: SVGCircleElement[] = [];
for (let i = 0; i < 500; i++) {
  const c = document.createElementNS(ns, 'circle');
  c.setAttribute('cx', String(((i * 37) % 940) + 10));
  c.setAttribute('cy', String(((i * 53) % 580) + 10));
  c.setAttribute('r', '4');
  c.setAttribute('fill', '#2c6db5');
  c.setAttribute('data-park', `p${i}`);
  circles.push(c);
  svg.append(c);
}
const line = document.createElement('p');
// Its box keeps its height with or without text: writing the id repaints the line alone, not the page's tiles below.
line.style.height = '1.5em';
line.style.margin = '0';
// And it holds text from the start: the first text drawn in the page's layer made Chromium raster all 12 of its tiles
// again on the first hover (2 when the line held text before: notes, session 15). A chart's page has text from its
// first frame.
line.textContent = '–';
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
