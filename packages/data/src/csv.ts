import { partyCountries } from './query/lookup.js';
import type { Dataset } from './schema/dataset.js';

const cell = (v: unknown): string => {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const rows = (header: string[], body: unknown[][]) =>
  `${[header, ...body].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;

/** RFC 4180 CSV of the data set, one table per collection; list fields are joined with `; `. */
export function toCsv(data: Dataset): { organizations: string; partnerships: string; sources: string } {
  return {
    organizations: rows(
      [
        'id',
        'kind',
        'name_en',
        'names_native',
        'short_name',
        'city_en',
        'country',
        'lon',
        'lat',
        'location_precision',
        'parent',
      ],
      data.organizations.map((o) => [
        o.id,
        o.kind,
        o.name.en,
        Object.entries(o.name)
          .filter(([k]) => k !== 'en')
          .map(([k, v]) => `${k}: ${v}`)
          .join('; '),
        o.shortName,
        o.city?.en,
        o.country,
        o.location.lon,
        o.location.lat,
        o.location.precision,
        o.parent,
      ]),
    ),
    partnerships: rows(
      [
        'id',
        'kind',
        'title_en',
        'date',
        'date_precision',
        'date_basis',
        'parties',
        'countries',
        'topics',
        'amounts',
        'agreements',
        'summary_en',
        'sources',
        'confidence',
      ],
      data.partnerships.map((p) => [
        p.id,
        p.kind,
        p.title.en,
        p.date?.value,
        p.date?.precision,
        p.date?.basis,
        p.parties
          .map((x) =>
            'org' in x
              ? x.org
              : `unnamed ${x.unnamed.kind ?? 'parties'} in ${x.unnamed.country}${x.unnamed.count ? ` (${x.unnamed.count})` : ''}`,
          )
          .join('; '),
        partyCountries(data, p).join('; '),
        p.topics.join('; '),
        p.amounts.map((a) => `${a.value} ${a.currency}`).join('; '),
        p.agreements,
        p.summary.en,
        p.sources.join('; '),
        p.confidence,
      ]),
    ),
    sources: rows(
      ['id', 'title', 'publisher', 'language', 'published', 'url', 'reliability'],
      data.sources.map((s) => [s.id, s.title, s.publisher, s.language, s.published, s.url, s.reliability]),
    ),
  };
}
