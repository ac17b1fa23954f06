import { describe, expect, it } from 'vitest';
import { countryAnchors } from './countryAnchors.js';
import { worldCountries } from './worldCountries.js';

const anchors = countryAnchors(worldCountries());
const inside = (code: string, [lon0, lat0, lon1, lat1]: number[]) => {
  const [lon, lat] = anchors.get(code) ?? [NaN, NaN];
  return lon >= (lon0 ?? 0) && lon <= (lon1 ?? 0) && lat >= (lat0 ?? 0) && lat <= (lat1 ?? 0);
};

describe('countryAnchors', () => {
  it('puts France in metropolitan France, not towards French Guiana', () => {
    expect(inside('FR', [-5, 42, 8, 51])).toBe(true);
  });
  it('puts the US in the lower 48, Norway on its mainland, Russia in Russia', () => {
    expect(inside('US', [-125, 25, -67, 49])).toBe(true);
    expect(inside('NO', [5, 58, 31, 71])).toBe(true);
    expect(inside('RU', [30, 45, 180, 78])).toBe(true);
  });
  it('covers every coded country of the atlas and a few small states it lacks', () => {
    for (const c of worldCountries()) if (c.code) expect(anchors.has(c.code), c.code).toBe(true);
    expect(worldCountries()).toHaveLength(177);
    expect(anchors.get('SG')).toEqual([103.82, 1.35]);
  });
});
