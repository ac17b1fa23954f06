import {
  type Dataset,
  type DatasetFilter,
  filterDataset,
  indexDataset,
  localize,
  partyCountries,
} from '@parklinks/data';

/** Columns of the records CSV, in order. */
export const recordsCsvColumns = ['id', 'title', 'date', 'kind', 'topics', 'parties', 'countries', 'sources'] as const;

// RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. A field starting with
// = + - @ is prefixed with ' so that a spreadsheet never runs it as a formula (OWASP CSV injection).
const cell = (v: string): string => {
  const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * The CSV of exactly the partnerships a chart shows: `data` narrowed by `filter` with `filterDataset` (the
 * filter the element's attributes give), one row per partnership in record order: id, title, date
 * (`YYYY[-MM[-DD]]`), kind and topics (the data set's codes), parties (names in `locale`, English where a name
 * has no such text; parties known only by country as `unnamed <kind> in <country>`), the parties' countries
 * (ISO codes) and the URLs of its sources. List fields are joined with `; `. Lines end with CRLF.
 */
export function recordsCsv(data: Dataset, filter?: DatasetFilter, locale = 'en'): string {
  const shown = filter ? filterDataset(data, filter) : data;
  const { organizations, sources } = indexDataset(shown);
  const rows = shown.partnerships.map((p) => [
    p.id,
    localize(p.title, locale),
    p.date?.value ?? '',
    p.kind,
    p.topics.join('; '),
    p.parties
      .map((x) => {
        if ('org' in x) {
          const o = organizations.get(x.org);
          return o ? localize(o.name, locale) : x.org;
        }
        const u = x.unnamed;
        return `unnamed ${u.kind ?? 'parties'} in ${u.country}${u.count ? ` (${u.count})` : ''}`;
      })
      .join('; '),
    partyCountries(shown, p).join('; '),
    p.sources.map((id) => sources.get(id)?.url ?? id).join('; '),
  ]);
  return `${[[...recordsCsvColumns], ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** A CSV file: UTF-8 with a byte-order mark, so that spreadsheets read Arabic, Chinese and Russian names right. */
export function csvBlob(csv: string): Blob {
  return new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
}
