import type { LocalizedText, Organization } from '@parklinks/data';
import { r1 as r } from '../shared/r1.js';

/** Organizations of one city, drawn as one marker until opened. Organizations with no city form their own. */
export type CityCluster = {
  /** `city:<ISO>:<city in English, lower case>`, or `org:<id>` for an organization with no city. */
  id: string;
  country: string;
  city: LocalizedText | undefined;
  /** Mean position of the members. */
  lon: number;
  lat: number;
  /** Member organization ids, sorted. */
  members: string[];
};

const round = (v: number) => Math.round(v * 1e4) / 1e4;

/** Groups organizations by country and city (case- and space-insensitive), in a stable order. */
export function clusterByCity(organizations: readonly Organization[]): CityCluster[] {
  const groups = new Map<string, Organization[]>();
  for (const o of organizations) {
    const city = o.city?.en.trim().toLowerCase().replace(/\s+/g, ' ');
    const key = city ? `city:${o.country}:${city}` : `org:${o.id}`;
    const list = groups.get(key) ?? [];
    list.push(o);
    groups.set(key, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, unsorted]) => {
      const list = [...unsorted].sort((a, b) => (a.id < b.id ? -1 : 1));
      const first = list[0] as Organization;
      return {
        id,
        country: first.country,
        city: first.city,
        lon: round(list.reduce((s, o) => s + o.location.lon, 0) / list.length),
        lat: round(list.reduce((s, o) => s + o.location.lat, 0) / list.length),
        members: list.map((o) => o.id),
      };
    });
}

const GOLDEN = Math.PI * (3 - Math.sqrt(5));

/**
 * Offsets (px) that spread `n` markers around their cluster's centre when it opens: a ring for a
 * few, a sunflower spiral for many, starting at the top; `spacing` is the distance between neighbours.
 */
export function spreadOffsets(n: number, spacing: number): [number, number][] {
  if (n <= 1) return n === 1 ? [[0, 0]] : [];
  if (n <= 10) {
    const radius = Math.max(spacing, (spacing * n) / (2 * Math.PI));
    return Array.from({ length: n }, (_, i) => {
      const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
      return [r(radius * Math.cos(a)), r(radius * Math.sin(a))];
    });
  }
  return Array.from({ length: n }, (_, i) => {
    const radius = spacing * 0.55 * Math.sqrt(i + 1.5);
    const a = -Math.PI / 2 + i * GOLDEN;
    return [r(radius * Math.cos(a)), r(radius * Math.sin(a))];
  });
}
