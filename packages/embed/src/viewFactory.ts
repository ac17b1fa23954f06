import type { Dataset, DatasetFilter } from '@parklinks/data';
import type { BaseChartProps, Locale, Theme } from '@parklinks/react';
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
  /** Further props of the chart (e.g. the network's `positions`). */
  more?: Record<string, unknown>;
  /** The reader selected (id, and for the explorer whether it is an organization or a partnership) or cleared. */
  onSelect: (id: string | null, type?: 'organization' | 'partnership') => void;
};

/** Turns a chart component into the draw function of an element (only the props the element sets are passed). */
export const chartView =
  (Chart: ComponentType<BaseChartProps>) =>
  ({ filter, height, width, title, more, ...p }: ViewProps): ReactElement =>
    createElement(Chart, {
      ...p,
      ...more,
      ...(filter ? { filter } : {}),
      ...(height !== undefined ? { height } : {}),
      ...(width !== undefined ? { width } : {}),
      ...(title ? { title } : {}),
    });

/** How an element draws its view from what it parsed. */
export type DrawView = (props: ViewProps) => ReactElement;
