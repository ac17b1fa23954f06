import { yearOf } from '../src/dates.js';
import { partyCountries } from '../src/query/lookup.js';
import type { Dataset } from '../src/schema/dataset.js';

const regions = new Intl.DisplayNames(['en'], { type: 'region' });

function table(title: string, head: string, counts: Map<string, number>, sort: 'count' | 'key' = 'count'): string {
  const rows = [...counts].sort((a, b) =>
    sort === 'count' ? b[1] - a[1] || a[0].localeCompare(b[0]) : a[0].localeCompare(b[0]),
  );
  return [`**${title}**`, '', `| ${head} | count |`, '|---|---:|', ...rows.map(([k, n]) => `| ${k} | ${n} |`)].join(
    '\n',
  );
}
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/** Markdown coverage tables generated from the data, so they cannot drift from it. */
export function coverageMarkdown(data: Dataset): string {
  const byCountry = new Map<string, number>();
  const byKind = new Map<string, number>();
  const byYear = new Map<string, number>();
  const orgKinds = new Map<string, number>();
  const byConfidence = new Map<string, number>();
  for (const p of data.partnerships) {
    bump(byConfidence, p.confidence);
    for (const c of partyCountries(data, p)) bump(byCountry, `${regions.of(c)} (${c})`);
    bump(byKind, p.kind);
    bump(byYear, p.date ? String(yearOf(p.date.value)) : 'undated');
  }
  for (const o of data.organizations) bump(orgKinds, o.kind);
  const undated = data.partnerships.filter((p) => !p.date).length;
  const reported = data.partnerships.filter((p) => p.date?.basis === 'reported').length;
  return [
    `${data.partnerships.length} partnerships, ${data.organizations.length} organizations, ${byCountry.size} countries, ${data.sources.length} sources; ${undated} undated, ${reported} dated only by a report.`,
    '',
    table('Partnerships by country', 'country', byCountry),
    '',
    table('Partnerships by confidence', 'confidence', byConfidence),
    '',
    table('Partnerships by kind', 'kind', byKind),
    '',
    table('Partnerships by year', 'year', byYear, 'key'),
    '',
    table('Organizations by kind', 'kind', orgKinds),
  ].join('\n');
}
