import { type Dataset, indexDataset, localize, partyCountries } from '@parklinks/data';
import { countryName, formatPartialDate, type Locale } from './i18n.js';
import { orgKindLabel, partnershipKindLabel } from './kindLabels.js';
import { uiMessages } from './messages.js';

/** A partnership flattened for the data table, in `locale`. */
export type TableRow = {
  id: string;
  title: string;
  parties: string[];
  countries: string;
  kind: string;
  date: string;
  /** Sort key: the date's first day, or +Infinity when undated (undated sort last). */
  dateKey: number;
  reported: boolean;
  sources: { id: string; label: string; href?: string }[];
};

const safeHref = (url?: string) => (url && /^https?:\/\//i.test(url) ? url : undefined);

/** Rows for the data table; pure, so the table and its tests share it. */
export function tableRows(data: Dataset, locale: Locale): TableRow[] {
  const m = uiMessages(locale);
  const { organizations, sources } = indexDataset(data);
  return data.partnerships.map((p) => ({
    id: p.id,
    title: localize(p.title, locale),
    parties: p.parties.map((x) => {
      if ('org' in x) {
        const o = organizations.get(x.org);
        return o ? localize(o.name, locale) : x.org;
      }
      const kind = orgKindLabel(x.unnamed.kind ?? 'science-park', locale);
      return m.unnamedParties(kind, countryName(x.unnamed.country, locale), x.unnamed.count);
    }),
    countries: partyCountries(data, p)
      .map((c) => countryName(c, locale))
      .join(', '),
    kind: partnershipKindLabel(p.kind, locale),
    date: formatPartialDate(p.date, locale) ?? m.dateUnknown,
    dateKey: p.date
      ? Date.parse(`${p.date.value.padEnd(7, '-01').padEnd(10, '-01')}T00:00:00Z`)
      : Number.POSITIVE_INFINITY,
    reported: p.date?.basis === 'reported',
    sources: p.sources.map((id) => {
      const s = sources.get(id);
      const href = safeHref(s?.url);
      return { id, label: s ? (s.publisher ?? id) : id, ...(href ? { href } : {}) };
    }),
  }));
}
