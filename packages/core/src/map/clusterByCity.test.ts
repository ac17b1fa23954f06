import type { Organization } from '@parklinks/data';
import { describe, expect, it } from 'vitest';
import { clusterByCity, spreadOffsets } from './clusterByCity.js';

const org = (id: string, city: string | undefined, country: string, lon: number, lat: number): Organization => ({
  id,
  kind: 'science-park',
  name: { en: id },
  ...(city ? { city: { en: city } } : {}),
  country,
  location: { lon, lat, precision: 'city' },
});

describe('clusterByCity', () => {
  const orgs = [
    org('mic', 'Moscow', 'RU', 37.6, 55.7),
    org('moscow-gov', ' moscow ', 'RU', 37.8, 55.9),
    org('zgc', 'Beijing', 'CN', 116.3, 39.9),
    org('lone', undefined, 'EG', 31, 30),
    org('moscow-idaho', 'Moscow', 'US', -117, 46.7),
  ];
  it('groups organizations of the same city and country, ignoring case and spaces', () => {
    const clusters = clusterByCity(orgs);
    expect(clusters.map((c) => [c.id, c.members])).toEqual([
      ['city:CN:beijing', ['zgc']],
      ['city:RU:moscow', ['mic', 'moscow-gov']],
      ['city:US:moscow', ['moscow-idaho']],
      ['org:lone', ['lone']],
    ]);
  });
  it('places a cluster at its members’ mean position', () => {
    const moscow = clusterByCity(orgs).find((c) => c.id === 'city:RU:moscow');
    expect([moscow?.lon, moscow?.lat]).toEqual([37.7, 55.8]);
  });
  it('does not depend on input order', () => {
    expect(clusterByCity([...orgs].reverse())).toEqual(clusterByCity(orgs));
  });
});

describe('spreadOffsets', () => {
  it.each([2, 5, 10, 11, 60, 200])('spreads %i markers at least ~half a spacing apart', (n) => {
    const pts = spreadOffsets(n, 20);
    expect(pts).toHaveLength(n);
    let min = Infinity;
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++)
        min = Math.min(
          min,
          Math.hypot((pts[i]?.[0] ?? 0) - (pts[j]?.[0] ?? 0), (pts[i]?.[1] ?? 0) - (pts[j]?.[1] ?? 0)),
        );
    expect(min).toBeGreaterThanOrEqual(n <= 10 ? 19.5 : 10);
  });
});
