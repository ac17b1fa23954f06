// Reference only: what a highlight across the chart costs without a framework. The floor page (its 500 SVG circles
// and line of text: ./floor.ts) plus what the map's and the network's hover draw: lines from the hovered circle to 12
// others across the page, in an overlay <svg> of its own compositing layer, and a veil that fades the rest. A hover
// sets one path's `d`, the veil's opacity and the line of text; nothing else runs.
import { HEIGHT, probe, rootElement, WIDTH } from './common';
import { floorCircles, floorLine } from './floor';

const root = rootElement();
const ns = 'http://www.w3.org/2000/svg';
const frame = document.createElement('div');
frame.style.cssText = `position:relative;width:${WIDTH}px;height:${HEIGHT}px`;
const svgLayer = () => {
  const s = document.createElementNS(ns, 'svg');
  s.setAttribute('width', String(WIDTH));
  s.setAttribute('height', String(HEIGHT));
  s.style.cssText = 'position:absolute;left:0;top:0';
  return s;
};
const svg = svgLayer();
const { circles, at } = floorCircles(svg);
// The veil: a layer of its own whose opacity alone changes (as the charts' VeilLayer).
const veil = document.createElement('div');
veil.style.cssText = `position:absolute;left:0;top:0;width:${WIDTH}px;height:${HEIGHT}px;background:#fff;opacity:0;will-change:opacity;pointer-events:none`;
// The overlay: a layer of its own (as the charts' highlight overlays), empty at rest.
const overlay = svgLayer();
overlay.style.willChange = 'transform';
overlay.style.pointerEvents = 'none';
const legs = document.createElementNS(ns, 'path');
legs.setAttribute('fill', 'none');
legs.setAttribute('stroke', '#c0392b');
legs.setAttribute('stroke-width', '2');
overlay.append(legs);
const line = floorLine();
frame.append(svg, veil, overlay);
root.append(frame, line);
const on = (e: Event, hovered: boolean) => {
  const i = circles.indexOf(e.target as SVGCircleElement);
  const here = at[i];
  if (!here) return;
  let d = '';
  if (hovered)
    for (let k = 1; k <= 12; k++) {
      const [x, y] = at[(i + k * 41) % at.length] as [number, number];
      d += `M${here[0]} ${here[1]}L${x} ${y}`;
    }
  legs.setAttribute('d', d);
  veil.style.opacity = hovered ? '0.6' : '0';
  line.textContent = hovered ? `p${i}` : '–';
};
svg.addEventListener('pointerover', (e) => on(e, true));
svg.addEventListener('pointerout', (e) => on(e, false));
probe.hoverTarget = (i) => circles[i ? 300 : 100] ?? null;
