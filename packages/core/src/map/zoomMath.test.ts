import { describe, expect, it } from 'vitest';
import { clampPan, identityZoom, panBy, zoomAt } from './zoomMath.js';

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
