// The "plain" data profile (issue 14): data shaped unlike parklinks' own. Every link joins a distinct pair of parks
// (no multilateral agreements, no unnamed parties), parks have a country and coordinates but no city, all are
// science parks, and every partnership has a day-precision date drawn uniformly from 2000-01-01 to 2025-12-31.
// Seeded and deterministic; the harness checks the result with `checkDataset`.

// Countries with a point inside each (lon, lat) and a jitter radius in degrees, spread over every continent.
const countries = [
  ['US', -98, 39, 10],
  ['CA', -100, 55, 8],
  ['MX', -102, 23, 4],
  ['BR', -50, -12, 8],
  ['AR', -64, -35, 5],
  ['CL', -71, -33, 2],
  ['CO', -74, 4, 3],
  ['PE', -75, -10, 3],
  ['GB', -2, 53, 1.5],
  ['IE', -8, 53, 1],
  ['FR', 2, 47, 2.5],
  ['ES', -4, 40, 2.5],
  ['PT', -8, 39.5, 1],
  ['DE', 10, 51, 2],
  ['NL', 5.5, 52.2, 0.6],
  ['BE', 4.5, 50.7, 0.5],
  ['CH', 8, 46.8, 0.6],
  ['AT', 14, 47.5, 1],
  ['IT', 12.5, 42.5, 2],
  ['PL', 19, 52, 2],
  ['CZ', 15.5, 49.8, 1],
  ['SE', 16, 60, 3],
  ['NO', 10, 61, 2],
  ['FI', 26, 62, 2],
  ['DK', 9.5, 56, 0.8],
  ['EE', 25, 58.7, 0.6],
  ['GR', 22, 39, 1.2],
  ['TR', 35, 39, 3],
  ['RU', 60, 57, 15],
  ['UA', 31, 49, 3],
  ['BY', 28, 53.5, 1.5],
  ['KZ', 67, 48, 6],
  ['UZ', 64, 41, 2.5],
  ['IR', 53, 32, 4],
  ['SA', 45, 24, 5],
  ['AE', 54.5, 24, 1],
  ['QA', 51.2, 25.3, 0.3],
  ['IL', 35, 31.5, 0.6],
  ['EG', 30, 27, 3],
  ['MA', -6, 32, 2],
  ['NG', 8, 9.5, 3],
  ['KE', 37.5, 0.5, 2],
  ['ET', 39, 8.5, 3],
  ['ZA', 25, -29, 4],
  ['IN', 79, 22, 6],
  ['PK', 70, 30, 3],
  ['BD', 90, 24, 1],
  ['CN', 104, 34, 10],
  ['MN', 103, 46.5, 4],
  ['KR', 127.8, 36.5, 1],
  ['JP', 138, 36.5, 3],
  ['VN', 106, 16, 2],
  ['TH', 101, 15, 2.5],
  ['MY', 102, 4, 1.5],
  ['SG', 103.8, 1.35, 0.1],
  ['ID', 113, -2, 6],
  ['PH', 122, 12, 3],
  ['AU', 134, -25, 10],
  ['NZ', 172, -41, 3],
];

/** Plain data set: `parks` science parks, `links` bilateral partnerships between distinct pairs. */
export function plainDataset({ parks, links, seed = 1 }, { seededRandom, partnershipKinds, topics }) {
  const rnd = seededRandom(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
  const organizations = Array.from({ length: parks }, (_, i) => {
    const [country, lon, lat, r] = pick(countries);
    return {
      id: `park-${i + 1}`,
      kind: 'science-park',
      name: { en: `Science Park ${i + 1}` },
      country,
      location: {
        lon: +clamp(lon + (rnd() * 2 - 1) * r, -180, 180).toFixed(4),
        lat: +clamp(lat + (rnd() * 2 - 1) * r * 0.7, -85, 85).toFixed(4),
        precision: 'site',
      },
    };
  });
  const maxPairs = (parks * (parks - 1)) / 2;
  if (links > maxPairs) throw new Error(`plain profile: ${links} links need more than ${parks} parks`);
  const kinds = partnershipKinds.filter((k) => k !== 'alliance-declaration');
  const day0 = Date.UTC(2000, 0, 1);
  const days = Math.round((Date.UTC(2025, 11, 31) - day0) / 86_400_000) + 1;
  const seen = new Set();
  const partnerships = [];
  while (partnerships.length < links) {
    const a = Math.floor(rnd() * parks);
    const b = Math.floor(rnd() * parks);
    if (a === b) continue;
    const key = a < b ? a * parks + b : b * parks + a;
    if (seen.has(key)) continue;
    seen.add(key);
    const i = partnerships.length;
    const date = new Date(day0 + Math.floor(rnd() * days) * 86_400_000).toISOString().slice(0, 10);
    partnerships.push({
      id: `deal-${i + 1}`,
      kind: pick(kinds),
      title: { en: `Agreement ${i + 1}` },
      parties: [{ org: organizations[a].id }, { org: organizations[b].id }],
      date: { value: date, precision: 'day', basis: 'signed' },
      signatories: [],
      topics: [pick(topics)],
      amounts: [],
      summary: { en: `Plain synthetic record ${i + 1}.` },
      sources: ['synthetic'],
      confidence: 'single-source',
    });
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
