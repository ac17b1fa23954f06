// What the two floor pages (floor-dom, floor-links) share: their 500 circles and their line of text. No framework.

const ns = 'http://www.w3.org/2000/svg';

/** 500 circles of 4 px spread over a 960 × 600 `svg`, each with its `data-park` id; their centres in `at`. */
export function floorCircles(svg: SVGSVGElement): { circles: SVGCircleElement[]; at: [number, number][] } {
  const circles: SVGCircleElement[] = [];
  const at: [number, number][] = [];
  for (let i = 0; i < 500; i++) {
    const c = document.createElementNS(ns, 'circle');
    const [x, y] = [((i * 37) % 940) + 10, ((i * 53) % 580) + 10];
    at.push([x, y]);
    c.setAttribute('cx', String(x));
    c.setAttribute('cy', String(y));
    c.setAttribute('r', '4');
    c.setAttribute('fill', '#2c6db5');
    c.setAttribute('data-park', `p${i}`);
    circles.push(c);
    svg.append(c);
  }
  return { circles, at };
}

/**
 * The line of text a hover writes. Its box keeps its height with or without text: writing the id repaints the line
 * alone, not the page's tiles below. And it holds text from the start: the first text drawn in the page's layer made
 * Chromium raster all 12 of its tiles again on the first hover (2 when the line held text before: notes, session 15).
 * A chart's page has text from its first frame.
 */
export function floorLine(): HTMLParagraphElement {
  const line = document.createElement('p');
  line.style.height = '1.5em';
  line.style.margin = '0';
  line.textContent = '–';
  return line;
}
