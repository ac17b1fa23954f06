// Shared by every benchmark page: the data set and hover plan the harness put on `window`, the chart size,
// and the hooks a page fills in for the in-page probe (tests/perf/lib/probe.js).
import type { Dataset } from '@parklinks/data';
import { useState } from 'react';

/** What the harness hovers: parks for the map and network, partnerships for the timeline (A cold, B warm). */
export type HoverPlan = { parks: [string, string]; deals: [string, string] };

/** The in-page probe's API (tests/perf/lib/probe.js). */
export type PerfProbe = {
  t0: number;
  /** Time spent in the network layout, in ms (set by the network pages). */
  layoutMs?: number;
  /** Work a page does once after the first render, before the heap is measured and the hovers begin. */
  prepare?: () => void;
  /** The mark to hover: its element, or a point in an element's box (a mark drawn on a canvas). */
  hoverTarget?: (i: 0 | 1) => Element | { element: Element; x: number; y: number; label: string } | null;
  /** Selects a mark as a controlled prop would (the page re-renders the chart with `selectedId = id`). */
  select?: (id: string | null) => void;
  /** The id to select for the plan's A (0) or B (1); default the park (map, network). */
  selectId?: (i: 0 | 1) => string;
};

declare global {
  interface Window {
    __DATA__: Dataset;
    __HOVER: HoverPlan;
    __perf: PerfProbe;
  }
}

export const WIDTH = 960;
export const HEIGHT = 600;
export const data: Dataset = window.__DATA__;
export const plan: HoverPlan = window.__HOVER;
export const probe: PerfProbe = window.__perf;

export function rootElement(): HTMLElement {
  const el = document.getElementById('root');
  if (!el) throw new Error('no #root');
  return el;
}

/** Adds `ms` to the layout time the page reports. */
export function addLayoutMs(ms: number): void {
  probe.layoutMs = (probe.layoutMs ?? 0) + ms;
}

export const cssEscape = (s: string) => (typeof CSS !== 'undefined' ? CSS.escape(s) : s);

/**
 * The controlled selection of a parklinks page: `selectedId` state the page passes to the chart, with `onSelect`
 * writing back, and the probe's `select` hook setting it from outside (as a list or a search box in an app would).
 */
export function useProbeSelection(): [string | null, (id: string | null) => void] {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  probe.select = setSelectedId;
  return [selectedId, setSelectedId];
}
