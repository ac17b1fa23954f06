import { describe, expect, it } from 'vitest';
import { clampPan, identityZoom, panBy, panIntoView, zoomAt, zoomExtent, zoomTransformAttr } from './zoomMath.js';

const size: [number, number] = [800, 400];
describe('zoom math', () => {
  it('keeps the point under the cursor fixed when zooming', () => {
    const t = zoomAt(identityZoom, 2, [200, 100], size);
    expect(t.k).toBe(2);
    // The map point under (200, 100) before the zoom is still under it after.
    expect([200 * t.k + t.x, 100 * t.k + t.y]).toEqual([200, 100]);
  });
  it('clamps the scale and never lets the map leave the view', () => {
    expect(zoomAt(identityZoom, 0.2, [0, 0], size)).toEqual(identityZoom);
    expect(zoomAt(identityZoom, 100, [0, 0], size, [1, 8]).k).toBe(8);
    const t = panBy({ k: 2, x: 0, y: 0 }, 5000, -5000, size);
    expect(t).toEqual({ k: 2, x: 0, y: -400 });
    expect(clampPan({ k: 2, x: -2000, y: 10 }, size)).toEqual({ k: 2, x: -800, y: 0 });
  });
});

describe('zoom math: limits and panning into view', () => {
  const s: [number, number] = [800, 500];
  it('keeps the zoom inside each chart’s extent', () => {
    expect(zoomAt(identityZoom, 1000, [0, 0], s).k).toBe(zoomExtent.network[1]);
    expect(zoomAt(identityZoom, 1000, [0, 0], s, zoomExtent.map).k).toBe(16);
    expect(zoomAt(identityZoom, 0.5, [0, 0], s, zoomExtent.map).k).toBe(1);
  });
  it('pans a point into view only when it is outside', () => {
    const t = { k: 4, x: 0, y: 0 };
    expect(panIntoView(t, 10, 10, s)).toBe(t);
    const moved = panIntoView(t, 700, 400, s);
    expect(700 * moved.k + moved.x).toBeLessThanOrEqual(s[0]);
    expect(400 * moved.k + moved.y).toBeLessThanOrEqual(s[1]);
  });
  it('writes a transform as an SVG attribute', () => {
    expect(zoomTransformAttr({ k: 2, x: -10.12345, y: 0 })).toBe('translate(-10.123 0) scale(2)');
  });
});
