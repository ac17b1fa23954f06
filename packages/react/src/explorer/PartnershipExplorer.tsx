import { isRtl, resolveLocale, themeStyle } from '@parklinks/core';
import type { Basemap } from '@parklinks/core/map';
import type { TimeRange } from '@parklinks/core/timeline';
import { type DatasetFilter, filterDataset, periodOf } from '@parklinks/data';
import { useCallback, useEffect, useMemo } from 'react';
import { PartnershipMap } from '../map/PartnershipMap.js';
import { PartnershipNetwork } from '../network/PartnershipNetwork.js';
import { DataErrorPanel } from '../shared/DataErrorPanel.js';
import { DataTable } from '../shared/DataTable.js';
import { useContainerSize, useControllableState, useResolvedTheme } from '../shared/hooks.js';
import type { BaseChartProps } from '../shared/types.js';
import { useChartData } from '../shared/useChartData.js';
import { PartnershipTimeline } from '../timeline/PartnershipTimeline.js';
import { ExplorerControls } from './ExplorerControls.js';
import { type ExplorerSelection, linkedSelection, queryFromState, stateFromQuery } from './explorerState.js';
import { explorerMessages } from './messages.js';

export type ExplorerView = 'map' | 'network' | 'timeline' | 'table';

export type PartnershipExplorerProps = Omit<
  BaseChartProps,
  'selectedId' | 'defaultSelectedId' | 'onSelect' | 'filter'
> & {
  /** Selected organization or partnership (controlled); `null` for none. Default: uncontrolled. */
  selection?: ExplorerSelection | null;
  /** Initial selection when uncontrolled. Default `null`. */
  defaultSelection?: ExplorerSelection | null;
  /** Called when the reader selects in any view or clears. */
  onSelectionChange?: (selection: ExplorerSelection | null) => void;
  /** Filter shared by every view (controlled). Default: uncontrolled. */
  filter?: DatasetFilter;
  /** Initial filter when uncontrolled. Default `{}`. */
  defaultFilter?: DatasetFilter;
  /** Called with the new filter from the controls or the timeline brush. */
  onFilterChange?: (filter: DatasetFilter) => void;
  /** Which views to show, in order. Default all four. */
  views?: ExplorerView[];
  /** Mirror selection and filter in the page URL (`pl-*` query parameters) and restore them on load. Default `false`. */
  syncUrl?: boolean;
  /** The map's basemap (see `PartnershipMap`). Default: the built-in world. */
  basemap?: Basemap;
};

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Map, network, timeline and table over one data set, linked through one selection and one
 * filter: pick a park on the map and the network selects it while the timeline narrows to its
 * agreements; brush years on the timeline and every view follows.
 */
export function PartnershipExplorer(props: PartnershipExplorerProps) {
  const { data: raw, theme = 'light', views = ['map', 'network', 'timeline', 'table'], syncUrl = false } = props;
  const locale = resolveLocale(props.locale);
  const m = explorerMessages(locale);
  const [selection, setSelection] = useControllableState(
    props.selection,
    props.defaultSelection ?? null,
    props.onSelectionChange,
  );
  const [filter, setFilter] = useControllableState(props.filter, props.defaultFilter ?? {}, props.onFilterChange);
  const { data, issues } = useChartData(raw);
  const resolved = useResolvedTheme(theme);
  const { ref, width } = useContainerSize(props.width, undefined);
  const wide = width >= 900;

  // Restore from the URL after hydration (the first render matches the server), then mirror changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once on mount by design
  useEffect(() => {
    if (!syncUrl || typeof location === 'undefined') return;
    const s = stateFromQuery(location.search);
    if (s.selection) setSelection(s.selection);
    if (Object.keys(s.filter).length) setFilter(s.filter);
  }, []);
  useEffect(() => {
    if (!syncUrl || typeof location === 'undefined') return;
    const next = queryFromState({ selection, filter }, location.search);
    if (next !== location.search)
      history.replaceState(history.state, '', `${location.pathname}${next}${location.hash}`);
  }, [syncUrl, selection, filter]);

  const filtered = useMemo(() => filterDataset(data, filter), [data, filter]);
  const link = useMemo(() => linkedSelection(data, selection), [data, selection]);
  const { from, to, ...undatedFilter } = filter;
  // Compared by value: the timeline keeps every date (the brush shows the range) but follows the other filters.
  const undatedKey = JSON.stringify(undatedFilter);
  const timelineFilter = useMemo<DatasetFilter>(() => {
    const f = JSON.parse(undatedKey) as DatasetFilter;
    return link.timelineOrganizations ? { ...f, organizations: link.timelineOrganizations } : f;
  }, [undatedKey, link.timelineOrganizations]);
  const range = useMemo<TimeRange | null>(
    () =>
      from || to
        ? [from ? periodOf(from).start : Date.UTC(1980, 0, 1), to ? periodOf(to).end : Date.UTC(2100, 0, 1)]
        : null,
    [from, to],
  );
  const selectOrg = useCallback(
    (id: string | null) => setSelection(id ? { type: 'organization', id } : null),
    [setSelection],
  );
  const selectPartnership = useCallback(
    (id: string | null) => setSelection(id ? { type: 'partnership', id } : null),
    [setSelection],
  );
  const onRange = useCallback(
    (r: TimeRange | null) =>
      setFilter(r ? { ...filter, from: day(r[0]), to: day(r[1]) } : (JSON.parse(undatedKey) as DatasetFilter)),
    [filter, setFilter, undatedKey],
  );
  const common = { locale, theme, filter };
  const half = wide ? Math.floor((width - 24) / 2) : undefined;

  return (
    <section
      aria-label={props.title ?? m.title}
      className={props.className ? `parklinks-explorer ${props.className}` : 'parklinks-explorer'}
      dir={isRtl(locale) ? 'rtl' : 'ltr'}
      lang={locale}
      style={{
        ...themeStyle(resolved),
        color: 'var(--pl-fg)',
        background: 'var(--pl-bg)',
        font: 'inherit',
        padding: '0.5em 0',
      }}
    >
      <h2 style={{ fontSize: '1.2em', margin: '0 0 0.5em' }}>{props.title ?? m.title}</h2>
      {issues.length > 0 ? (
        <DataErrorPanel issues={issues} locale={locale} />
      ) : (
        <div ref={ref}>
          <ExplorerControls
            data={data}
            filter={filter}
            onFilterChange={setFilter}
            onClear={() => {
              setFilter({});
              setSelection(null);
            }}
            locale={locale}
          />
          <div
            style={{
              display: 'grid',
              gridTemplateColumns: wide ? 'minmax(0, 1fr) minmax(0, 1fr)' : 'minmax(0, 1fr)',
              gap: 24,
            }}
          >
            {views.map((v) => {
              if (v === 'map')
                return (
                  <div key={v} style={{ gridColumn: '1 / -1' }}>
                    <PartnershipMap
                      data={data}
                      {...common}
                      {...(props.basemap ? { basemap: props.basemap } : {})}
                      selectedId={link.organizationId}
                      onSelect={selectOrg}
                    />
                  </div>
                );
              if (v === 'network')
                return (
                  <PartnershipNetwork
                    key={v}
                    data={data}
                    {...common}
                    width={half}
                    selectedId={link.organizationId}
                    onSelect={selectOrg}
                  />
                );
              if (v === 'timeline')
                return (
                  <PartnershipTimeline
                    key={v}
                    data={data}
                    locale={locale}
                    theme={theme}
                    width={half}
                    filter={timelineFilter}
                    range={range}
                    onRangeChange={onRange}
                    selectedId={link.partnershipId}
                    onSelect={selectPartnership}
                  />
                );
              return (
                // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (axe scrollable-region-focusable)
                <section key={v} aria-label={m.table} tabIndex={0} style={{ gridColumn: '1 / -1', overflowX: 'auto' }}>
                  <DataTable data={filtered} locale={locale} selectedId={link.partnershipId} />
                </section>
              );
            })}
          </div>
        </div>
      )}
    </section>
  );
}
