import type { Dataset } from '@parklinks/data';

/** A small valid data set with every date precision and basis, an undated record and an unnamed party. Tests only. */
export function fixture(): Dataset {
  const base = {
    signatories: [],
    topics: ['exchange' as const],
    amounts: [],
    sources: ['src-a'],
    confidence: 'single-source' as const,
  };
  return {
    organizations: [
      {
        id: 'zgc',
        kind: 'hi-tech-zone',
        name: { en: 'Zhongguancun', zh: '中关村' },
        country: 'CN',
        location: { lon: 116.3, lat: 39.98, precision: 'site' },
      },
      {
        id: 'chengdu',
        kind: 'hi-tech-zone',
        name: { en: 'Chengdu Hi-tech Zone', zh: '成都高新区' },
        country: 'CN',
        location: { lon: 104.06, lat: 30.57, precision: 'site' },
      },
      {
        id: 'sophia',
        kind: 'science-park',
        name: { en: 'Sophia Antipolis' },
        country: 'FR',
        location: { lon: 7.05, lat: 43.62, precision: 'site' },
      },
      {
        id: 'mic',
        kind: 'innovation-cluster',
        name: { en: 'Moscow Innovation Cluster', ru: 'Московский инновационный кластер' },
        country: 'RU',
        location: { lon: 37.6, lat: 55.75, precision: 'city' },
      },
      {
        id: 'smart-village',
        kind: 'science-park',
        name: { en: 'Smart Village', ar: 'القرية الذكية' },
        country: 'EG',
        location: { lon: 31.0, lat: 30.07, precision: 'site' },
      },
    ],
    partnerships: [
      {
        ...base,
        id: 'day-signed',
        kind: 'sister-parks',
        title: { en: 'Chengdu–Sophia sister parks', fr: 'Jumelage Chengdu–Sophia' },
        parties: [{ org: 'chengdu' }, { org: 'sophia' }],
        date: { value: '2016-07-05', precision: 'day', basis: 'signed' },
        summary: { en: 'Sister-park agreement.' },
      },
      {
        ...base,
        id: 'month-announced',
        kind: 'memorandum',
        title: { en: 'MIC–ZGC memorandum' },
        parties: [{ org: 'mic' }, { org: 'zgc' }],
        date: { value: '2017-05', precision: 'month', basis: 'announced' },
        summary: { en: 'A memorandum.' },
        sources: ['src-a', 'src-b'],
      },
      {
        ...base,
        id: 'year-reported',
        kind: 'cooperation-agreement',
        title: { en: 'Smart Village–Chengdu cooperation', ar: 'تعاون القرية الذكية وتشنغدو' },
        parties: [{ org: 'smart-village' }, { org: 'chengdu' }],
        date: { value: '2016', precision: 'year', basis: 'reported' },
        summary: { en: 'Cooperation.' },
      },
      {
        ...base,
        id: 'undated',
        kind: 'alliance-declaration',
        title: { en: 'Undated alliance' },
        parties: [{ org: 'zgc' }, { unnamed: { country: 'DE', kind: 'science-park' } }, { org: 'sophia' }],
        date: null,
        summary: { en: 'No date known.' },
      },
    ],
    sources: [
      {
        id: 'src-a',
        title: 'Report A',
        publisher: 'Paper A',
        language: 'en',
        published: '2016-07-06',
        url: 'https://example.org/a',
        reliability: 'press',
      },
      { id: 'src-b', title: 'Report B', publisher: 'Paper B', language: 'fr', published: null, reliability: 'press' },
    ],
  };
}
