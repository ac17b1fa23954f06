import { yearOf } from '../dates.js';
import type { Dataset } from '../schema/dataset.js';
import { partyCountries } from './lookup.js';

/** The figures behind a one-sentence summary of a data set. */
export type DatasetSummary = {
  partnerships: number;
  /** Named organizations that take part in at least one partnership. */
  organizations: number;
  /** Countries of all parties, named or unnamed. */
  countries: number;
  undated: number;
  /** Earliest and latest year of dated partnerships; null when none is dated. */
  firstYear: number | null;
  lastYear: number | null;
};

export function summarize(data: Dataset): DatasetSummary {
  const orgs = new Set<string>();
  const countries = new Set<string>();
  const years: number[] = [];
  let undated = 0;
  for (const p of data.partnerships) {
    for (const party of p.parties) if ('org' in party) orgs.add(party.org);
    for (const c of partyCountries(data, p)) countries.add(c);
    if (p.date) years.push(yearOf(p.date.value));
    else undated += 1;
  }
  return {
    partnerships: data.partnerships.length,
    organizations: orgs.size,
    countries: countries.size,
    undated,
    firstYear: years.length ? Math.min(...years) : null,
    lastYear: years.length ? Math.max(...years) : null,
  };
}
