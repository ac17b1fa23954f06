import { dataset } from '@parklinks/data/dataset';
import { describe, expect, it } from 'vitest';
import { renderPng } from '../static/renderPng.js';

// IHDR: width and height are the big-endian 32-bit words at bytes 16 and 20 of a PNG.
const size = (png: Uint8Array) => {
  const v = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: v.getUint32(16), height: v.getUint32(20) };
};

describe('renderPng', () => {
  it('rasterizes the static chart at 1× and 2× (no browser)', () => {
    const one = renderPng({ view: 'network', data: dataset, width: 640 });
    expect([...one.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const two = renderPng({ view: 'network', data: dataset, width: 640, scale: 2 });
    expect(size(one).width).toBe(640);
    expect(size(two)).toEqual({ width: 1280, height: size(one).height * 2 });
    expect(two.length).toBeGreaterThan(one.length);
  });
  it('refuses a scale it cannot draw', () => {
    expect(() => renderPng({ view: 'map', data: dataset, scale: 0 })).toThrow(/scale/);
  });
});
