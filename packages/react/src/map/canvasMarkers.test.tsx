import type { MapMarker } from '@parklinks/core/map';
import { type Dataset, syntheticDataset } from '@parklinks/data';
import { cleanup, fireEvent, render } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubCanvasContexts } from '../shared/canvasContexts.testing.js';
import { markerFinder } from './canvasMarkers.js';
import { CANVAS_MARKERS_ABOVE } from './MapView.js';
import { PartnershipMap } from './PartnershipMap.js';

// jsdom has no canvas: a recording 2D context stands in for the browser's, so the test sees which discs the map asks
// the canvas to fill, where, and in which colour.
type Disc = { x: number; y: number; r: number; fill: string };
const discs: Disc[] = [];
function recordingContext() {
  let disc: Omit<Disc, 'fill'> | undefined;
  const ctx = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    globalAlpha: 1,
    lineCap: 'butt',
    font: '',
    textAlign: 'left',
    textBaseline: 'alphabetic',
    setTransform: () => {},
    transform: () => {},
    translate: () => {},
    clearRect: () => {},
    setLineDash: () => {},
    beginPath: () => {
      disc = undefined;
    },
    arc: (x: number, y: number, r: number) => {
      disc = { x, y, r };
    },
    fill() {
      if (disc) discs.push({ ...disc, fill: ctx.fillStyle });
    },
    stroke: () => {},
    fillText: () => {},
  };
  return ctx;
}

beforeEach(() => {
  discs.length = 0;
  // The legs' canvas traces its paths too: a path that takes any segment.
  vi.stubGlobal(
    'Path2D',
    class {
      moveTo() {}
      lineTo() {}
      quadraticCurveTo() {}
      bezierCurveTo() {}
      arc() {}
    },
  );
  stubCanvasContexts(recordingContext);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Parks without a city: every park is a marker of its own. */
const plain = (parks: number): Dataset => {
  const d = syntheticDataset({ parks, links: parks * 2, seed: 5 });
  return { ...d, organizations: d.organizations.map(({ city: _, ...o }) => o) };
};
const many = plain(CANVAS_MARKERS_ABOVE + 300);
const size = { width: 960, height: 540 } as const;
const r1 = (v: number) => Math.round(v * 10) / 10;

describe('<PartnershipMap /> with very many markers', () => {
  it('draws every marker on a canvas where the SVG draws it, with one element per marker on the server only', () => {
    const html = renderToString(<PartnershipMap data={many} {...size} />);
    const attr = (tag: string, name: string) => Number(tag.match(new RegExp(` ${name}="([^"]+)"`))?.[1]);
    const svgDiscs = [...html.matchAll(/<circle [^>]*data-id="[^"]+"[^>]*>/g)].map(
      ([tag]) => `${r1(attr(tag, 'cx'))} ${r1(attr(tag, 'cy'))} ${r1(attr(tag, 'r'))}`,
    );
    expect(svgDiscs.length).toBeGreaterThan(CANVAS_MARKERS_ABOVE);

    const { container } = render(<PartnershipMap data={many} {...size} />);
    const canvas = container.querySelector('canvas[data-markers]');
    expect(Number(canvas?.getAttribute('data-markers'))).toBe(svgDiscs.length);
    expect(canvas?.getAttribute('aria-hidden')).toBe('true');
    expect(container.querySelectorAll('[data-id]')).toHaveLength(0);
    // The same discs, at the same places and sizes, each filled in a resolved colour.
    const drawn = discs.map((d) => `${r1(d.x)} ${r1(d.y)} ${r1(d.r)}`);
    expect(drawn.sort()).toEqual([...svgDiscs].sort());
    expect(discs.every((d) => d.fill !== '' && !d.fill.startsWith('var('))).toBe(true);
  }, 60_000);

  it('names the keyboard’s active marker, the one element aria-activedescendant points at', () => {
    const { container } = render(<PartnershipMap data={many} {...size} />);
    const app = container.querySelector('svg[role="application"]') as SVGSVGElement;
    const named = () => app.querySelectorAll('[data-id][aria-label]');
    const active = () => document.getElementById(app.getAttribute('aria-activedescendant') ?? '');
    expect(app.getAttribute('aria-activedescendant')).toBeNull();
    fireEvent.focus(app);
    expect(named()).toHaveLength(1);
    expect(active()).toBe(named()[0]);
    const first = active()?.getAttribute('data-id');
    expect(active()?.getAttribute('aria-label')).toMatch(/partnership/);
    fireEvent.keyDown(app, { key: 'ArrowRight' });
    expect(named()).toHaveLength(1);
    expect(active()).toBe(named()[0]);
    expect(active()?.getAttribute('data-id')).not.toBe(first);
    // The live region speaks the active marker's name.
    expect(container.querySelector('[aria-live="polite"]')?.textContent).toBe(active()?.getAttribute('aria-label'));
  }, 60_000);

  it('finds the marker under the pointer by a hit test: hover shows its tooltip, a click selects it', () => {
    const onSelect = vi.fn();
    const { container } = render(<PartnershipMap data={many} {...size} onSelect={onSelect} />);
    const app = container.querySelector('svg[role="application"]') as SVGSVGElement;
    // A marker's place, from the named element the keyboard reaches (jsdom's boxes sit at 0, 0): the first one whose
    // centre no disc drawn after it covers, within the 1 px the hit test adds (separation leaves some overlap in a
    // crowd this dense).
    fireEvent.focus(app);
    const onTop = (c: Element) => {
      const [x, y, r] = ['cx', 'cy', 'r'].map((a) => Number(c.getAttribute(a)));
      const at = discs.findIndex(
        (d) => r1(d.x) === r1(x as number) && r1(d.y) === r1(y as number) && r1(d.r) === r1(r as number),
      );
      return (
        at >= 0 && discs.slice(at + 1).every((d) => Math.hypot(d.x - (x as number), d.y - (y as number)) > d.r + 1)
      );
    };
    let el = app.querySelector('[data-id][aria-label]') as SVGCircleElement;
    for (let i = 0; i < 50 && !onTop(el); i++) {
      fireEvent.keyDown(app, { key: 'ArrowRight' });
      el = app.querySelector('[data-id][aria-label]') as SVGCircleElement;
    }
    expect(onTop(el)).toBe(true);
    const [id, x, y] = [el.getAttribute('data-id'), Number(el.getAttribute('cx')), Number(el.getAttribute('cy'))];
    const name = el.getAttribute('aria-label')?.split(',')[0] ?? '';
    fireEvent.blur(app);
    fireEvent.pointerMove(app, { clientX: x, clientY: y, pointerType: 'mouse' });
    expect(container.querySelector('[role="tooltip"]')?.textContent).toContain(name);
    expect(app.style.cursor).toBe('pointer');
    fireEvent.click(app, { clientX: x + 1, clientY: y });
    expect(onSelect).toHaveBeenLastCalledWith(id);
    // Far from every marker: no hover.
    fireEvent.pointerMove(app, { clientX: -50, clientY: -50, pointerType: 'mouse' });
    expect(container.querySelector('[role="tooltip"]')).toBeNull();
  }, 60_000);
});

describe('markerFinder', () => {
  const at = (id: string, x: number, y: number, r: number): MapMarker => ({
    id,
    type: 'organization',
    x,
    y,
    r,
    members: [id],
    partnerships: 1,
    home: { x, y },
  });
  const markers = [at('a', 10, 10, 5), at('b', 16, 10, 5), at('c', 100, 100, 2), at('d', 50, 50, 3)];
  const find = markerFinder(markers);

  it('finds the disc under the point, the one drawn last where two overlap', () => {
    expect(find(6, 10)?.id).toBe('a');
    expect(find(13, 10)?.id).toBe('b');
    expect(find(20, 10)?.id).toBe('b');
    expect(find(50, 52)?.id).toBe('d');
  });

  it('takes a small dot within 2 px of its edge, and nothing farther', () => {
    expect(find(103.5, 100)?.id).toBe('c');
    expect(find(105, 100)).toBeUndefined();
    expect(find(70, 70)).toBeUndefined();
  });
});
