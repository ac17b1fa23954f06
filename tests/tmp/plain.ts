import { checkDataset, seededRandom, type Dataset } from '@parklinks/data';
import { basemapFeatures, buildMapModel, layoutMap, projectPairs, worldBasemap, legProjector, highlightOf, visibleMarkers } from '@parklinks/core/map';
import { layoutNetwork } from '@parklinks/core/network';
const countries = ['CN', 'RU', 'FR', 'DE', 'US', 'BR', 'EG', 'IN', 'JP', 'KR', 'KE', 'ZA', 'MX', 'AR', 'TR', 'IR'];
export function plain(parks: number, links: number, seed = 1): Dataset {
  const rnd = seededRandom(seed);
  const organizations = Array.from({ length: parks }, (_, i) => ({
    id: `p${i}`, kind: 'science-park' as const, name: { en: `Park ${i}` }, country: countries[i % countries.length]!,
    location: { lon: Math.round((rnd() * 340 - 170) * 1e3) / 1e3, lat: Math.round((rnd() * 120 - 55) * 1e3) / 1e3, precision: 'site' as const },
  }));
  const seen = new Set<string>();
  const partnerships = [];
  while (partnerships.length < links) {
    const a = Math.floor(rnd() * parks), b = Math.floor(rnd() * parks);
    if (a === b) continue;
    const k = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const d = new Date(Date.UTC(2000, 0, 1) + Math.floor(rnd() * 26 * 365) * 864e5).toISOString().slice(0, 10);
    partnerships.push({ id: `l${partnerships.length}`, kind: 'memorandum' as const, title: { en: `Link ${partnerships.length}` }, parties: [{ org: `p${a}` }, { org: `p${b}` }], date: { value: d, precision: 'day' as const, basis: 'signed' as const }, signatories: [], topics: [], amounts: [], sources: ['s'], confidence: 'single-source' as const });
  }
  return { organizations, partnerships, sources: [{ id: 's', url: 'https://example.org', publisher: 'x', title: { en: 'x' }, published: '2020-01-01', language: 'en', reliability: 'press' }] } as unknown as Dataset;
}
const data = plain(2000, 10000);
const t = (label: string, f: () => unknown) => { const t0 = performance.now(); const r = f(); console.log(label, (performance.now() - t0).toFixed(1), 'ms'); return r; };
const basemap = basemapFeatures(worldBasemap);
for (let i = 0; i < 2; i++) {
  const model = t('buildMapModel', () => buildMapModel(data, basemap)) as ReturnType<typeof buildMapModel>;
  const l = t('layoutMap', () => layoutMap(model, { width: 960, height: 600, locale: 'en' })) as ReturnType<typeof layoutMap>;
  console.log('pairs', l.pairs.length, 'markers', l.markers.length, 'labels', l.labels.length);
  t('projectPairs', () => projectPairs(model.pairs, { project: l.projection, places: model.places, style: 'great-circle' }));
  const leg = legProjector(model, { project: l.projection, style: 'great-circle' });
  const vis = visibleMarkers(l.markers);
  t('highlightOf busiest', () => highlightOf(l.markers[l.markers.length - 1], model, leg, vis));
}
import { layoutMarkers, mapProjection, markerTexts, mapLabels } from '@parklinks/core/map';
{
  const model = buildMapModel(data, basemap);
  for (let i = 0; i < 2; i++) {
    const proj = t('projection', () => mapProjection(model, 960, 600, 'data')) as ReturnType<typeof mapProjection>;
    const ms = t('layoutMarkers', () => layoutMarkers(model, proj, { k: 1, x: 0, y: 0 }, new Set(), { scale: 1 })) as ReturnType<typeof layoutMarkers>;
    const tx = t('markerTexts', () => markerTexts(model, ms, 'en')) as ReturnType<typeof markerTexts>;
    t('mapLabels', () => mapLabels(ms, tx, { width: 960, height: 600, locale: 'en' }));
  }
}
