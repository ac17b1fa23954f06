import { type Dataset, syntheticDataset } from '@parklinks/data';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubCanvasContexts } from '../shared/canvasContexts.testing.js';
import { PartnershipMap } from './PartnershipMap.js';

// jsdom has no canvas: a recording 2D context and Path2D stand in for the browser's, so the test sees what the
// map asks the canvas to draw (which paths, traced how, stroked with which width and opacity, how often).
type Traced = { moves: number; curves: number; lines: number };
class RecordingPath implements Traced {
  moves = 0;
  curves = 0;
  lines = 0;
  moveTo() {
    this.moves += 1;
  }
  lineTo() {
    this.lines += 1;
  }
  quadraticCurveTo() {
    this.curves += 1;
  }
  bezierCurveTo() {
    this.curves += 1;
  }
}
type Stroke = { path: RecordingPath; lineWidth: number; alpha: number; style: string; k: number };
const strokes: Stroke[] = [];
function recordingContext() {
  let k = 1;
  return {
    lineWidth: 1,
    globalAlpha: 1,
    strokeStyle: '',
    setTransform: (a: number) => {
      k = a;
    },
    transform: (a: number) => {
      k *= a;
    },
    clearRect: () => {},
    stroke(path: RecordingPath) {
      strokes.push({ path, lineWidth: this.lineWidth, alpha: this.globalAlpha, style: this.strokeStyle, k });
    },
  };
}

beforeEach(() => {
  strokes.length = 0;
  vi.stubGlobal('Path2D', RecordingPath);
  stubCanvasContexts(recordingContext);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Parks without a city: every park is its own place, so nearly every link is a pair of places of its own. */
const plain = (links: number): Dataset => {
  const d = syntheticDataset({ parks: 400, links, seed: 3 });
  return { ...d, organizations: d.organizations.map(({ city: _, ...o }) => o) };
};
const pairsOf = (c: Element) => Number(c.querySelector('canvas[data-arcs]')?.getAttribute('data-pairs'));
const moves = (list: readonly Stroke[]) => list.reduce((n, s) => n + s.path.moves, 0);

describe('<PartnershipMap /> with very many pairs of places', () => {
  it('draws the legs on one canvas, one stroke per weight class, with no SVG path per pair', () => {
    const { container } = render(<PartnershipMap data={plain(1500)} width={960} height={540} fit="world" />);
    const canvas = container.querySelector('canvas[data-arcs]') as HTMLCanvasElement;
    expect(canvas).not.toBeNull();
    expect(canvas.getAttribute('aria-hidden')).toBe('true');
    expect(pairsOf(container)).toBeGreaterThan(1000);
    expect(container.querySelector('path[data-pair]')).toBeNull();
    // One stroke per weight class, each of one traced path; every pair starts a line (great circles cut at the
    // map's edge start two), and all were traced as curves, not as path strings.
    expect(strokes.length).toBeGreaterThanOrEqual(1);
    expect(strokes.length).toBeLessThanOrEqual(5);
    expect(new Set(strokes.map((s) => s.path)).size).toBe(strokes.length);
    expect(moves(strokes)).toBeGreaterThanOrEqual(pairsOf(container));
    expect(moves(strokes)).toBeLessThan(pairsOf(container) * 1.2);
    expect(strokes.reduce((n, s) => n + s.path.curves, 0)).toBeGreaterThan(pairsOf(container));
    for (const s of strokes) {
      expect(s.lineWidth).toBeGreaterThanOrEqual(1);
      expect(s.alpha).toBeGreaterThan(0);
      expect(s.alpha).toBeLessThanOrEqual(0.8);
    }
  });

  it('keeps the number of SVG elements the same however many links there are', () => {
    const count = (links: number) => {
      const { container, unmount } = render(
        <PartnershipMap data={plain(links)} width={960} height={540} fit="world" />,
      );
      const n = { paths: container.querySelectorAll('path').length, pairs: pairsOf(container) };
      unmount();
      return n;
    };
    const few = count(1500);
    const many = count(3000);
    expect(many.pairs).toBeGreaterThan(few.pairs * 1.8);
    expect(many.paths).toBe(few.paths);
    expect(many.paths).toBeLessThan(few.pairs / 3);
  });

  it('does not draw the canvas again on hover or selection; draws it again, sharp, once a zoom settles', async () => {
    const data = plain(1500);
    const { container, rerender } = render(<PartnershipMap data={data} width={960} height={540} fit="world" />);
    const drawn = strokes.length;
    const veil = container.querySelector('[data-layer="veil"]') as HTMLElement;
    const park = container.querySelector('[data-id]') as Element;
    fireEvent.pointerOver(park);
    expect(
      Number(container.querySelector('[data-highlight-legs]')?.getAttribute('data-highlight-legs')),
    ).toBeGreaterThan(0);
    expect(veil.style.opacity).toBe('0.6');
    fireEvent.pointerLeave(container.querySelector('svg[role="application"]') as Element);
    rerender(
      <PartnershipMap data={data} width={960} height={540} fit="world" selectedId={park.getAttribute('data-id')} />,
    );
    expect(container.querySelector('[data-selected-ring]')).not.toBeNull();
    expect(strokes.length).toBe(drawn);

    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(strokes.length).toBe(drawn); // during the gesture a CSS transform carries the layer
    await act(() => new Promise((r) => setTimeout(r, 250)));
    const again = strokes.slice(drawn);
    expect(again.length).toBe(drawn);
    expect(moves(again)).toBe(moves(strokes.slice(0, drawn)));
    for (const s of again) {
      expect(s.k).toBeCloseTo(1.5);
      // The same width on screen as before the zoom.
      expect(s.lineWidth * s.k).toBeCloseTo(strokes[again.indexOf(s)]?.lineWidth ?? 0);
    }
    expect(new Set(again.map((s) => s.path))).toEqual(new Set(strokes.slice(0, drawn).map((s) => s.path)));
  });

  it('sends SVG paths from the server, one per weight class, and hydrates them into the canvas', async () => {
    const el = <PartnershipMap data={plain(1500)} width={960} height={540} fit="world" />;
    const html = renderToString(el);
    expect(html).not.toContain('<canvas');
    const host = document.createElement('div');
    host.innerHTML = html;
    const served = host.querySelector('[data-arcs]') as Element;
    expect(served.querySelectorAll('path').length).toBeLessThanOrEqual(5);
    expect(Number(served.getAttribute('data-pairs'))).toBeGreaterThan(1000);
    document.body.append(host);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const root = await act(async () => hydrateRoot(host, el));
    expect(error).not.toHaveBeenCalled();
    expect(host.querySelector('canvas[data-arcs]')).not.toBeNull();
    expect(host.querySelector('g[data-arcs]')).toBeNull();
    expect(strokes.length).toBeGreaterThan(0);
    act(() => root.unmount());
    host.remove();
  });

  it('where the browser has OffscreenCanvas, draws offscreen and hands the finished bitmap to the element', () => {
    const bitmaps: unknown[] = [];
    const offscreen: { w: number; h: number }[] = [];
    class RecordingOffscreen {
      ctx = recordingContext();
      constructor(
        readonly w: number,
        readonly h: number,
      ) {
        offscreen.push({ w, h });
      }
      getContext() {
        return this.ctx;
      }
      transferToImageBitmap() {
        return { from: this };
      }
    }
    vi.stubGlobal('OffscreenCanvas', RecordingOffscreen);
    vi.stubGlobal('devicePixelRatio', 2);
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(((kind: string) =>
      kind === 'bitmaprenderer'
        ? { transferFromImageBitmap: (b: unknown) => bitmaps.push(b) }
        : null) as unknown as typeof HTMLCanvasElement.prototype.getContext);
    const { container } = render(<PartnershipMap data={plain(1500)} width={960} height={540} fit="world" />);
    const canvas = container.querySelector('canvas[data-arcs]') as HTMLCanvasElement;
    // One offscreen bitmap at the pixel ratio, stroked once per weight class, then shown by the element.
    expect(offscreen).toEqual([{ w: 1920, h: 1080 }]);
    expect([canvas.width, canvas.height]).toEqual([1920, 1080]);
    expect(canvas.style.width).toBe('960px');
    expect(bitmaps).toHaveLength(1);
    expect(strokes.length).toBeGreaterThanOrEqual(1);
    expect(strokes.every((s) => s.k === 2)).toBe(true);
    expect(moves(strokes)).toBeGreaterThanOrEqual(pairsOf(container));
  });
});
