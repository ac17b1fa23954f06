import type { Dataset } from './schema/dataset.js';
import type { Organization, OrganizationKind } from './schema/organization.js';
import type { Partnership } from './schema/partnership.js';
import { partnershipKinds, topics } from './schema/vocabulary.js';

/** Options for `syntheticDataset`. */
export type SyntheticOptions = {
  /** Number of organizations. Default 50. */
  parks?: number;
  /** Number of partnership legs (bilateral links, plus one per member of a multilateral one). Default 100. */
  links?: number;
  /** Seed of the pseudo-random generator; the same seed gives the same data set. Default 1. */
  seed?: number;
};

// mulberry32: tiny, fast and good enough for test data; deterministic across engines.
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Real cities, weighted so that many parks sit in a few hubs, as in the real data.
const cities: [string, string, number, number, number][] = [
  ['Beijing', 'CN', 116.4074, 39.9042, 9],
  ['Shanghai', 'CN', 121.4737, 31.2304, 7],
  ['Shenzhen', 'CN', 114.0579, 22.5431, 6],
  ['Chengdu', 'CN', 104.0665, 30.5728, 6],
  ['Moscow', 'RU', 37.6173, 55.7558, 6],
  ['Suzhou', 'CN', 120.5853, 31.2989, 3],
  ['Wuhan', 'CN', 114.3055, 30.5928, 2],
  ["Xi'an", 'CN', 108.9398, 34.3416, 2],
  ['Singapore', 'SG', 103.8198, 1.3521, 3],
  ['Cairo', 'EG', 31.2357, 30.0444, 2],
  ['Paris', 'FR', 2.3522, 48.8566, 2],
  ['Nice', 'FR', 7.262, 43.7102, 1],
  ['Barcelona', 'ES', 2.1734, 41.3851, 1],
  ['Berlin', 'DE', 13.405, 52.52, 2],
  ['London', 'GB', -0.1276, 51.5072, 2],
  ['Cambridge', 'GB', 0.1218, 52.2053, 1],
  ['Tel Aviv', 'IL', 34.7818, 32.0853, 2],
  ['Tokyo', 'JP', 139.6503, 35.6762, 3],
  ['Osaka', 'JP', 135.5023, 34.6937, 1],
  ['Seoul', 'KR', 126.978, 37.5665, 2],
  ['Daejeon', 'KR', 127.3845, 36.3504, 1],
  ['Bangalore', 'IN', 77.5946, 12.9716, 2],
  ['Minsk', 'BY', 27.5615, 53.9045, 1],
  ['Tashkent', 'UZ', 69.2401, 41.2995, 1],
  ['Almaty', 'KZ', 76.8512, 43.222, 1],
  ['Nairobi', 'KE', 36.8219, -1.2921, 1],
  ['Sydney', 'AU', 151.2093, -33.8688, 1],
  ['Boston', 'US', -71.0589, 42.3601, 2],
  ['San Jose', 'US', -121.8863, 37.3382, 2],
  ['Toronto', 'CA', -79.3832, 43.6532, 1],
  ['São Paulo', 'BR', -46.6333, -23.5505, 1],
  ['Stockholm', 'SE', 18.0686, 59.3293, 1],
  ['Helsinki', 'FI', 24.9384, 60.1699, 1],
  ['Zurich', 'CH', 8.5417, 47.3769, 1],
  ['Amsterdam', 'NL', 4.9041, 52.3676, 1],
  ['Tehran', 'IR', 51.389, 35.6892, 1],
  ['Jakarta', 'ID', 106.8456, -6.2088, 1],
  ['Doha', 'QA', 51.531, 25.2854, 1],
  ['Auckland', 'NZ', 174.7633, -36.8485, 1],
  ['Anchorage', 'US', -149.9003, 61.2181, 1],
  ['Vladivostok', 'RU', 131.8869, 43.1155, 1],
];
const kinds: OrganizationKind[] = [
  'science-park',
  'science-park',
  'hi-tech-zone',
  'hi-tech-zone',
  'innovation-cluster',
  'city-government',
  'development-group',
  'company',
  'university',
  'association',
];
// Pure: bundles that import only seededRandom (the network layout) leave the city table out.
const weightTotal = /* @__PURE__ */ cities.reduce((s, c) => s + c[4], 0);

/**
 * A seeded synthetic data set with the shape of the real one: parks clustered in a few cities,
 * bilateral and multilateral agreements, dates of every precision and some undated ones.
 * Sizes used by the stories and benchmarks: 50/100, 500/2,000, 2,000/10,000.
 */
export function syntheticDataset({ parks = 50, links = 100, seed = 1 }: SyntheticOptions = {}): Dataset {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const city = () => {
    let r = rnd() * weightTotal;
    for (const c of cities) {
      r -= c[4];
      if (r < 0) return c;
    }
    return cities[0] as (typeof cities)[number];
  };
  const organizations: Organization[] = Array.from({ length: parks }, (_, i) => {
    const [name, country, lon, lat] = city();
    // Jitter within ~20 km so parks in one city do not sit on the same pixel.
    return {
      id: `park-${i + 1}`,
      kind: pick(kinds),
      name: { en: `${name} Park ${i + 1}` },
      city: { en: name },
      country,
      location: {
        lon: +(lon + (rnd() - 0.5) * 0.4).toFixed(4),
        lat: +(lat + (rnd() - 0.5) * 0.3).toFixed(4),
        precision: 'site',
      },
    };
  });
  const partnerships: Partnership[] = [];
  let legs = 0;
  while (legs < links && parks >= 2) {
    const i = partnerships.length;
    const multi = rnd() < 0.05 && links - legs >= 3;
    const size = multi ? Math.min(3 + Math.floor(rnd() * 6), links - legs + 1, parks) : 2;
    const members = new Set<string>();
    while (members.size < size) members.add(pick(organizations).id);
    const r = rnd();
    const year = 1994 + Math.floor(rnd() * 32);
    const month = String(1 + Math.floor(rnd() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(rnd() * 28)).padStart(2, '0');
    const date: Partnership['date'] =
      r < 0.08
        ? null
        : r < 0.3
          ? { value: `${year}`, precision: 'year', basis: 'reported' }
          : r < 0.55
            ? { value: `${year}-${month}`, precision: 'month', basis: 'announced' }
            : { value: `${year}-${month}-${day}`, precision: 'day', basis: 'signed' };
    const parties: Partnership['parties'] = [...members].map((org, k) =>
      multi && k === 0 ? { org, role: 'convener' as const } : { org },
    );
    if (multi && rnd() < 0.5) parties.push({ unnamed: { country: pick(cities)[1], kind: 'science-park' } });
    partnerships.push({
      id: `deal-${i + 1}`,
      kind: multi ? 'alliance-declaration' : pick(partnershipKinds),
      title: { en: `Synthetic agreement ${i + 1}` },
      parties,
      date,
      signatories: [],
      topics: [pick(topics)],
      amounts: [],
      summary: { en: `Synthetic record ${i + 1} for tests and benchmarks.` },
      sources: ['synthetic'],
      confidence: 'single-source',
    });
    legs += parties.length - 1;
  }
  return {
    organizations,
    partnerships,
    sources: [
      {
        id: 'synthetic',
        title: 'Synthetic data',
        publisher: 'parklinks',
        language: 'en',
        published: null,
        reliability: 'primary',
      },
    ],
  };
}
