import type { DatasetSummary, Organization, Partnership } from '@parklinks/data';

/**
 * The figures of `summarize` counted while the model walks the partnerships (one pass, not a second one with a set
 * and an array per partnership): named organizations that take part, countries of all parties, undated partnerships,
 * first and last year.
 */
export function summaryCounter(orgs: ReadonlyMap<string, Organization>) {
  const organizations = new Set<string>();
  const countries = new Set<string>();
  let undated = 0;
  let firstYear: number | null = null;
  let lastYear: number | null = null;
  let partnerships = 0;
  return {
    add(p: Partnership) {
      partnerships += 1;
      for (const x of p.parties) {
        if (!('org' in x)) countries.add(x.unnamed.country);
        // An organization's country is counted when the organization is first seen (it has one country).
        else if (!organizations.has(x.org)) {
          organizations.add(x.org);
          const c = orgs.get(x.org)?.country;
          if (c) countries.add(c);
        }
      }
      if (!p.date) {
        undated += 1;
        return;
      }
      const y = Number(p.date.value.slice(0, 4));
      if (firstYear === null || y < firstYear) firstYear = y;
      if (lastYear === null || y > lastYear) lastYear = y;
    },
    result: (): DatasetSummary => ({
      partnerships,
      organizations: organizations.size,
      countries: countries.size,
      undated,
      firstYear,
      lastYear,
    }),
  };
}
