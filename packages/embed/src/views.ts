import type { Dataset, DatasetFilter } from '@parklinks/data';
import {
  type BaseChartProps,
  type Locale,
  PartnershipExplorer,
  PartnershipMap,
  PartnershipNetwork,
  PartnershipTimeline,
  type Theme,
} from '@parklinks/react';
import { type ComponentType, createElement, type ReactElement } from 'react';

/** What an element hands to the view it draws. */
export type ViewProps = {
  data: Dataset;
  locale: Locale;
  theme: Theme;
  height?: number;
  width?: number;
  filter?: DatasetFilter;
  title?: string;
  selectedId: string | null;
  /** The reader selected (id, and for the explorer whether it is an organization or a partnership) or cleared. */
  onSelect: (id: string | null, type?: 'organization' | 'partnership') => void;
};

const chart =
  (Chart: ComponentType<BaseChartProps>) =>
  ({ filter, height, width, title, ...p }: ViewProps): ReactElement =>
    createElement(Chart, {
      ...p,
      ...(filter ? { filter } : {}),
      ...(height !== undefined ? { height } : {}),
      ...(width !== undefined ? { width } : {}),
      ...(title ? { title } : {}),
    });

/** The charts of single views, also drawn as static SVG. */
export const charts = {
  map: chart(PartnershipMap),
  network: chart(PartnershipNetwork),
  timeline: chart(PartnershipTimeline),
};

/**
 * Every view an element can show, by name (the tag is `parklinks-<name>`, and the `view` query
 * parameter of embed.html). The explorer owns its filter controls, so the element's filter is its
 * starting filter; a new filter attribute starts it afresh.
 */
export const views = {
  ...charts,
  explorer: ({ data, locale, theme, width, filter, title, onSelect }: ViewProps): ReactElement =>
    createElement(PartnershipExplorer, {
      key: JSON.stringify(filter ?? {}),
      data,
      locale,
      theme,
      ...(width !== undefined ? { width } : {}),
      ...(title ? { title } : {}),
      ...(filter ? { defaultFilter: filter } : {}),
      onSelectionChange: (s) => onSelect(s?.id ?? null, s?.type),
    }),
};

export type View = keyof typeof views;
export type ChartView = keyof typeof charts;

/** Every view name, in the order the docs list them. */
export const viewNames = Object.keys(views) as View[];
/** The views a static SVG can show (the explorer is interactive only). */
export const chartViews = Object.keys(charts) as ChartView[];

/** True when `name` is a view this build can draw. */
export function isView(name: string | null | undefined): name is View {
  return name !== null && name !== undefined && Object.hasOwn(views, name);
}
/** True when `name` is a view renderSvg can draw. */
export function isChartView(name: string | null | undefined): name is ChartView {
  return name !== null && name !== undefined && Object.hasOwn(charts, name);
}
