import { describe, expect, it } from 'vitest';
import { clampPan, identityZoom, MAX_ZOOM, panBy, panIntoView, zoomAt } from './zoomMath.js';

const size: [number, number] = [800, 500];

describe('zoom math', () => {
  it('keeps the point under the cursor in place while zooming', () => {
    const t = zoomAt(identityZoom, 2, [200, 100], size);
    expect(t.k).toBe(2);
    expect([200 * t.k + t.x, 100 * t.k + t.y]).toEqual([200, 100]);
  });

  it('keeps the zoom between 1 and the maximum', () => {
    expect(zoomAt(identityZoom, 0.5, [0, 0], size).k).toBe(1);
    expect(zoomAt(identityZoom, 1000, [0, 0], size).k).toBe(MAX_ZOOM);
  });

  it('never pans the drawing off the view', () => {
    expect(panBy(identityZoom, 100, 100, size)).toEqual(identityZoom);
    const t = zoomAt(identityZoom, 2, [400, 250], size);
    expect(panBy(t, -10000, -10000, size)).toEqual({ k: 2, x: -800, y: -500 });
    expect(clampPan({ k: 2, x: 50, y: -600 }, size)).toEqual({ k: 2, x: 0, y: -500 });
  });

  it('pans a node into view only when it is outside', () => {
    const t = { k: 4, x: 0, y: 0 };
    expect(panIntoView(t, 10, 10, size)).toBe(t);
    const moved = panIntoView(t, 700, 400, size);
    const sx = 700 * moved.k + moved.x;
    const sy = 400 * moved.k + moved.y;
    expect(sx).toBeLessThanOrEqual(size[0]);
    expect(sy).toBeLessThanOrEqual(size[1]);
  });
});
