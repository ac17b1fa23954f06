import type { Dataset } from '@parklinks/data';

const base = {
  signatories: [],
  topics: ['exchange' as const],
  amounts: [],
  sources: ['src'],
  confidence: 'single-source' as const,
};
const org = (
  id: string,
  kind: 'hi-tech-zone' | 'science-park' | 'innovation-cluster',
  en: string,
  country: string,
  city: string,
) => ({
  id,
  kind,
  name: { en },
  city: { en: city },
  country,
  location: { lon: 0, lat: 0, precision: 'city' as const },
});

/**
 * A small valid network, tests only: MIC–ZGC (memorandum), two parallel agreements
 * Chengdu–Sophia, and a multilateral declaration convened by Chengdu with ZGC, Sophia and
 * unnamed German parks; Smart Village stands alone with an unnamed Egyptian partner.
 */
export function networkFixture(): Dataset {
  return {
    organizations: [
      org('zgc-group', 'hi-tech-zone', 'ZGC Group', 'CN', 'Beijing'),
      org('mic', 'innovation-cluster', 'Moscow Innovation Cluster', 'RU', 'Moscow'),
      org('chengdu', 'hi-tech-zone', 'Chengdu Hi-tech Zone', 'CN', 'Chengdu'),
      org('sophia', 'science-park', 'Sophia Antipolis', 'FR', 'Valbonne'),
      org('smart-village', 'science-park', 'Smart Village', 'EG', 'Giza'),
    ],
    partnerships: [
      {
        ...base,
        id: 'mic-zgc',
        kind: 'memorandum',
        title: { en: 'MIC–ZGC memorandum' },
        parties: [{ org: 'mic' }, { org: 'zgc-group' }],
        date: { value: '2019-06', precision: 'month', basis: 'signed' },
        summary: { en: 'Test.' },
      },
      {
        ...base,
        id: 'chengdu-sophia-1',
        kind: 'cooperation-agreement',
        title: { en: 'Chengdu–Sophia agreement' },
        parties: [{ org: 'chengdu' }, { org: 'sophia' }],
        date: { value: '2015', precision: 'year', basis: 'reported' },
        summary: { en: 'Test.' },
      },
      {
        ...base,
        id: 'chengdu-sophia-2',
        kind: 'sister-parks',
        title: { en: 'Chengdu–Sophia sister parks' },
        parties: [{ org: 'sophia' }, { org: 'chengdu' }],
        date: null,
        summary: { en: 'Test.' },
      },
      {
        ...base,
        id: 'parks-declaration',
        kind: 'alliance-declaration',
        title: { en: 'Global parks declaration' },
        parties: [
          { org: 'chengdu', role: 'convener' },
          { org: 'zgc-group' },
          { org: 'sophia' },
          { unnamed: { country: 'DE', kind: 'science-park' } },
        ],
        date: { value: '2017-09-12', precision: 'day', basis: 'signed' },
        summary: { en: 'Test.' },
      },
      {
        ...base,
        id: 'smart-village-eg',
        kind: 'joint-centre',
        title: { en: 'Smart Village centre' },
        parties: [{ org: 'smart-village' }, { unnamed: { country: 'EG' } }],
        date: null,
        summary: { en: 'Test.' },
      },
    ],
    sources: [
      { id: 'src', title: 'Test source', publisher: 'Test', language: 'en', published: null, reliability: 'press' },
    ],
  };
}
