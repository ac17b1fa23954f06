import type { Dataset, Organization, Partnership } from '@parklinks/data';

// A small hand-made data set for the map's tests: a city with two organizations, a multilateral
// agreement with unnamed parties, a leg across the antimeridian.
const org = (
  id: string,
  en: string,
  zh: string,
  city: string,
  country: string,
  lon: number,
  lat: number,
  kind: Organization['kind'] = 'science-park',
): Organization => ({
  id,
  kind,
  name: { en, zh },
  city: { en: city },
  country,
  location: { lon, lat, precision: 'site' },
});
const deal = (id: string, en: string, parties: Partnership['parties'], year: string): Partnership => ({
  id,
  kind: 'memorandum',
  title: { en, zh: `${en}（中文）` },
  parties,
  date: { value: year, precision: 'year', basis: 'signed' },
  signatories: [],
  topics: ['exchange'],
  amounts: [],
  summary: { en: 'Test record.' },
  sources: ['src'],
  confidence: 'single-source',
});

export const fixture: Dataset = {
  organizations: [
    org('mic', 'Moscow Innovation Cluster', '莫斯科创新集群', 'Moscow', 'RU', 37.62, 55.75, 'innovation-cluster'),
    org('moscow-gov', 'Moscow Government', '莫斯科市政府', 'Moscow', 'RU', 37.61, 55.76, 'city-government'),
    org('sz-park', 'Shenzhen Park', '深圳园区', 'Shenzhen', 'CN', 114.06, 22.54),
    org('sophia', 'Sophia Antipolis', '索菲亚科技园', 'Valbonne', 'FR', 7.05, 43.62),
    org('sj', 'San Jose Park', '圣何塞园区', 'San Jose', 'US', -121.89, 37.34),
  ],
  partnerships: [
    deal('mic-sz', 'MIC and Shenzhen memorandum', [{ org: 'mic' }, { org: 'sz-park' }], '2020'),
    deal('gov-sz', 'Moscow and Shenzhen agreement', [{ org: 'moscow-gov' }, { org: 'sz-park' }], '2024'),
    deal(
      'alliance',
      'Parks alliance',
      [
        { org: 'sz-park', role: 'convener' },
        { org: 'sophia' },
        { unnamed: { country: 'DE', kind: 'science-park', count: 3 } },
      ],
      '2017',
    ),
    deal('pacific', 'Pacific link', [{ org: 'sz-park' }, { org: 'sj' }], '2019'),
  ],
  sources: [
    { id: 'src', title: 'Test source', publisher: 'Test', language: 'en', published: null, reliability: 'primary' },
  ],
};
