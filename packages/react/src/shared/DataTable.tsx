import { type LocaleTag, resolveLocale, type TableRow, tableRows, uiMessages } from '@parklinks/core';
import type { Dataset } from '@parklinks/data';
import { useMemo, useState } from 'react';

type SortKey = 'title' | 'kind' | 'countries' | 'date';

export type DataTableProps = {
  /** Records to list, one row per partnership. */
  data: Dataset;
  /** Language of names, dates and headings. Default `'en'`. */
  locale?: LocaleTag;
  /** Caption (also the table's accessible name). Default: the localized "Data table". */
  caption?: string;
  /** Partnership id to mark as selected. Default none. */
  selectedId?: string | null;
  /** Initial sort column. Default `'date'`. */
  defaultSort?: SortKey;
};

const cell = {
  padding: '0.35em 0.6em',
  borderBottom: '1px solid var(--pl-grid)',
  textAlign: 'start',
  verticalAlign: 'top',
} as const;

/** Accessible, sortable table of partnerships with linked sources: the text alternative of every chart. */
export function DataTable({ data, locale: tag, caption, selectedId = null, defaultSort = 'date' }: DataTableProps) {
  const locale = resolveLocale(tag);
  const m = uiMessages(locale);
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: defaultSort, dir: 1 });
  const rows = useMemo(() => tableRows(data, locale), [data, locale]);
  const sorted = useMemo(() => {
    const cmp = (a: TableRow, b: TableRow) =>
      sort.key === 'date'
        ? a.dateKey - b.dateKey || a.title.localeCompare(b.title, locale)
        : a[sort.key].localeCompare(b[sort.key], locale);
    return [...rows].sort((a, b) => cmp(a, b) * sort.dir);
  }, [rows, sort, locale]);
  const header = (key: SortKey | null, label: string) => {
    const active = key !== null && sort.key === key;
    return (
      <th
        scope="col"
        style={{ ...cell, fontWeight: 600 }}
        aria-sort={active ? (sort.dir === 1 ? 'ascending' : 'descending') : undefined}
      >
        {key ? (
          <button
            type="button"
            onClick={() => setSort({ key, dir: active ? (sort.dir === 1 ? -1 : 1) : 1 })}
            style={{
              font: 'inherit',
              fontWeight: 600,
              color: 'inherit',
              background: 'none',
              border: 0,
              padding: 0,
              cursor: 'pointer',
            }}
            title={m.sortBy(label)}
          >
            {label} <span aria-hidden="true">{active ? (sort.dir === 1 ? '▲' : '▼') : '↕'}</span>
          </button>
        ) : (
          label
        )}
      </th>
    );
  };
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%', fontSize: '0.85em', color: 'var(--pl-fg)' }}>
      <caption style={{ textAlign: 'start', fontWeight: 600, padding: '0.3em 0' }}>{caption ?? m.dataTable}</caption>
      <thead>
        <tr>
          {header('title', m.colPartnership)}
          {header(null, m.colParties)}
          {header('countries', m.colCountries)}
          {header('kind', m.colKind)}
          {header('date', m.colDate)}
          {header(null, m.colSources)}
        </tr>
      </thead>
      <tbody>
        {sorted.map((r) => (
          <tr
            key={r.id}
            data-selected={selectedId === r.id || undefined}
            style={selectedId === r.id ? { background: 'var(--pl-land-active)' } : undefined}
          >
            <th scope="row" style={{ ...cell, fontWeight: 500 }}>
              {r.title}
            </th>
            <td style={cell}>{r.parties.join('; ')}</td>
            <td style={cell}>{r.countries}</td>
            <td style={cell}>{r.kind}</td>
            <td style={{ ...cell, whiteSpace: 'nowrap' }}>
              {r.date}
              {r.reported ? <span style={{ color: 'var(--pl-muted)' }}> ({m.reported})</span> : null}
            </td>
            <td style={cell}>
              {r.sources.map((s, i) => (
                <span key={s.id}>
                  {i > 0 ? '; ' : ''}
                  {s.href ? (
                    <a href={s.href} rel="noopener noreferrer" style={{ color: 'var(--pl-accent)' }}>
                      {s.label}
                    </a>
                  ) : (
                    s.label
                  )}
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
