import { PartnershipMap, PartnershipNetwork, PartnershipTimeline } from '@parklinks/react';
import { explorerView } from './explorerView.js';
import { chartView } from './viewFactory.js';

export type { DrawView, ViewProps } from './viewFactory.js';

/** The charts of single views, also drawn as static SVG. */
export const charts = {
  map: chartView(PartnershipMap),
  network: chartView(PartnershipNetwork),
  timeline: chartView(PartnershipTimeline),
};

/**
 * Every view an element can show, by name (the tag is `parklinks-<name>`, and the `view` query
 * parameter of embed.html).
 */
export const views = { ...charts, explorer: explorerView };

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
