import { yearOf } from '../dates.js';
import type { Dataset } from '../schema/dataset.js';
import type { Organization } from '../schema/organization.js';
import type { Partnership } from '../schema/partnership.js';
import { indexDataset } from './lookup.js';

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

/** The figures of `summarize`, counted one partnership at a time (`add`), for a caller already walking them. */
export function summaryCounter(organizations: ReadonlyMap<string, Organization>) {
  const orgs = new Set<string>();
  const countries = new Set<string>();
  // No object per partnership, and each organization's country counted when the organization is first seen: at
  // 100,000 partnerships a set and an array per partnership (and the years spread into Math.min) were most of the time.
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  let partnerships = 0;
  let dated = 0;
  let unreadable = false;
  let undated = 0;
  return {
    add(p: Partnership) {
      partnerships += 1;
      for (const party of p.parties) {
        if (!('org' in party)) {
          if (party.unnamed.country) countries.add(party.unnamed.country);
        } else if (!orgs.has(party.org)) {
          orgs.add(party.org);
          const c = organizations.get(party.org)?.country;
          if (c) countries.add(c);
        }
      }
      if (!p.date) {
        undated += 1;
        return;
      }
      const y = yearOf(p.date.value);
      dated += 1;
      if (y < first) first = y;
      if (y > last) last = y;
      // Math.min and Math.max give NaN when any year is NaN: so does this.
      if (Number.isNaN(y)) unreadable = true;
    },
    result: (): DatasetSummary => ({
      partnerships,
      organizations: orgs.size,
      countries: countries.size,
      undated,
      firstYear: dated ? (unreadable ? Number.NaN : first) : null,
      lastYear: dated ? (unreadable ? Number.NaN : last) : null,
    }),
  };
}

export function summarize(data: Dataset): DatasetSummary {
  const counter = summaryCounter(indexDataset(data).organizations);
  for (const p of data.partnerships) counter.add(p);
  return counter.result();
}
