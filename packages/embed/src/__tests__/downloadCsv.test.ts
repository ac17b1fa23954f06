import { filterDataset, partyCountries } from '@parklinks/data';
import { dataset } from '@parklinks/data/dataset';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../tests/parseCsv.js';
import { csvBlob, recordsCsv, recordsCsvColumns } from '../download/csv.js';

describe('recordsCsv', () => {
  it('has one row per partnership the filter keeps, in record order', () => {
    const filter = { countries: ['CN', 'EG'], from: '2015', to: '2024' };
    const kept = filterDataset(dataset, filter).partnerships;
    const rows = parseCsv(recordsCsv(dataset, filter));
    expect(rows[0]).toEqual([...recordsCsvColumns]);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(dataset.partnerships.length);
    expect(rows.slice(1).map((r) => r[0])).toEqual(kept.map((p) => p.id));
    for (const r of rows) expect(r).toHaveLength(recordsCsvColumns.length);
  });

  it('without a filter lists every partnership', () => {
    expect(parseCsv(recordsCsv(dataset)).length - 1).toBe(dataset.partnerships.length);
  });

  it("writes each record's date, kind, topics, parties' names and countries, and source URLs", () => {
    const p = dataset.partnerships.find((x) => x.date && x.parties.every((y) => 'org' in y))!;
    const row = parseCsv(recordsCsv(dataset)).find((r) => r[0] === p.id)!;
    const col = (name: (typeof recordsCsvColumns)[number]) => row[recordsCsvColumns.indexOf(name)];
    expect(col('date')).toBe(p.date?.value);
    expect(col('kind')).toBe(p.kind);
    expect(col('topics')).toBe(p.topics.join('; '));
    expect(col('title')).toBe(p.title.en);
    const names = p.parties.map((x) => dataset.organizations.find((o) => 'org' in x && o.id === x.org)!.name.en);
    expect(col('parties')).toBe(names.join('; '));
    expect(col('countries')).toBe(partyCountries(dataset, p).join('; '));
    const urls = p.sources.map((id) => dataset.sources.find((s) => s.id === id)!.url ?? id);
    expect(col('sources')).toBe(urls.join('; '));
    expect(col('sources')).toMatch(/^https?:\/\//);
  });

  it('names parties in the locale asked for, falling back to English', () => {
    const org = dataset.organizations.find((o) => o.name.zh)!;
    const p = dataset.partnerships.find((x) => x.parties.some((y) => 'org' in y && y.org === org.id))!;
    const row = parseCsv(recordsCsv(dataset, undefined, 'zh')).find((r) => r[0] === p.id)!;
    expect(row[recordsCsvColumns.indexOf('parties')]).toContain(org.name.zh);
  });

  it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    const data = structuredClone(filterDataset(dataset, { countries: ['EG'] }));
    const p = data.partnerships[0]!;
    p.title = { en: 'A "big", new\r\npark' };
    p.kind = '=HYPERLINK("x")' as typeof p.kind;
    const row = parseCsv(recordsCsv(data)).find((r) => r[0] === p.id)!;
    expect(row[1]).toBe('A "big", new\r\npark');
    expect(row[recordsCsvColumns.indexOf('kind')]).toBe(`'=HYPERLINK("x")`);
  });

  it('csvBlob is UTF-8 CSV with a byte-order mark', async () => {
    const blob = csvBlob('id\r\nمصر\r\n');
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('id\r\nمصر\r\n');
  });
});
