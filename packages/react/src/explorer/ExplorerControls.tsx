import { countryName, type Locale, partnershipKindLabel } from '@parklinks/core';
import {
  type Dataset,
  type DatasetFilter,
  type PartnershipKind,
  partnershipKinds,
  partyCountries,
} from '@parklinks/data';
import { useId, useMemo } from 'react';
import { explorerMessages } from './messages.js';

export type ExplorerControlsProps = {
  data: Dataset;
  filter: DatasetFilter;
  onFilterChange: (next: DatasetFilter) => void;
  onClear: () => void;
  locale: Locale;
};

const field = { display: 'flex', flexDirection: 'column', gap: 2, fontSize: '0.85em' } as const;
const input = {
  font: 'inherit',
  color: 'var(--pl-fg)',
  background: 'var(--pl-surface)',
  border: '1px solid var(--pl-border)',
  borderRadius: 4,
  padding: '0.25em 0.4em',
} as const;

/** Filter controls of the explorer: country, kind, year range, clear. Native controls, each labelled. */
export function ExplorerControls({ data, filter, onFilterChange, onClear, locale }: ExplorerControlsProps) {
  const m = explorerMessages(locale);
  const id = useId();
  const countries = useMemo(() => {
    const set = new Set<string>();
    for (const p of data.partnerships) for (const c of partyCountries(data, p)) set.add(c);
    return [...set].map((c) => [c, countryName(c, locale)] as const).sort((a, b) => a[1].localeCompare(b[1], locale));
  }, [data, locale]);
  const kinds = useMemo(() => partnershipKinds.filter((k) => data.partnerships.some((p) => p.kind === k)), [data]);
  const set = (patch: Partial<DatasetFilter>) => {
    const next: DatasetFilter = { ...filter, ...patch };
    for (const k of Object.keys(next) as (keyof DatasetFilter)[]) {
      const v = next[k];
      if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) delete next[k];
    }
    onFilterChange(next);
  };
  const year = (v: string | undefined) => v?.slice(0, 4) ?? '';
  return (
    <fieldset
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: '0.5em 1em',
        alignItems: 'end',
        margin: '0 0 0.75em',
        border: 0,
        padding: 0,
      }}
    >
      <legend style={{ float: 'left', fontWeight: 600, fontSize: '0.85em', marginInlineEnd: '0.5em' }}>
        {m.filters}
      </legend>
      <label htmlFor={`${id}c`} style={field}>
        {m.country}
        <select
          id={`${id}c`}
          style={input}
          value={filter.countries?.[0] ?? ''}
          onChange={(e) => set({ countries: e.target.value ? [e.target.value] : undefined })}
        >
          <option value="">{m.all}</option>
          {countries.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={`${id}k`} style={field}>
        {m.kind}
        <select
          id={`${id}k`}
          style={input}
          value={filter.kinds?.[0] ?? ''}
          onChange={(e) => set({ kinds: e.target.value ? [e.target.value as PartnershipKind] : undefined })}
        >
          <option value="">{m.all}</option>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {partnershipKindLabel(k, locale)}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={`${id}f`} style={field}>
        {m.from}
        <input
          id={`${id}f`}
          style={{ ...input, width: '5.5em' }}
          type="number"
          min={1980}
          max={2100}
          inputMode="numeric"
          value={year(filter.from)}
          onChange={(e) => set({ from: /^\d{4}$/.test(e.target.value) ? e.target.value : undefined })}
        />
      </label>
      <label htmlFor={`${id}t`} style={field}>
        {m.to}
        <input
          id={`${id}t`}
          style={{ ...input, width: '5.5em' }}
          type="number"
          min={1980}
          max={2100}
          inputMode="numeric"
          value={year(filter.to)}
          onChange={(e) => set({ to: /^\d{4}$/.test(e.target.value) ? e.target.value : undefined })}
        />
      </label>
      <button type="button" onClick={onClear} style={{ ...input, cursor: 'pointer' }}>
        {m.clear}
      </button>
    </fieldset>
  );
}
