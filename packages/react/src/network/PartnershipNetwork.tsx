import { buildNetworkModel, layoutNetwork, networkMessages } from '@parklinks/core/network';
import { type Dataset, indexDataset, summarize, toNetwork } from '@parklinks/data';
import { useEffect, useMemo, useState } from 'react';
import {
  type BaseChartProps,
  ChartFrame,
  isRtl,
  type Locale,
  resolveLocale,
  summarySentence,
  useChartData,
  useControllableState,
  useResolvedTheme,
} from '../shared/internal.js';
import type { SceneChildren } from '../shared/SceneOverlay.js';
import { NetworkLegend } from './NetworkLegend.js';
import { NetworkView } from './NetworkView.js';

/** Props of `PartnershipNetwork`: the shared chart props plus the network's own. */
export type PartnershipNetworkProps = BaseChartProps & {
  /** Colour nodes by the region of their country or by organization kind. Default `'country'`. */
  colorBy?: 'country' | 'kind';
  /** Precomputed positions, 0–1 of width and height, by node id (see `normalizedPositions`). Default: computed by `layoutNetwork`. */
  positions?: Readonly<Record<string, { x: number; y: number }>>;
  /** Seed of the force layout; the same seed gives the same drawing. Default 1. */
  seed?: number;
  /** Ticks of the force layout. Default `defaultIterations(node count)`: 300, fewer above 300 nodes. */
  iterations?: number;
  /** Most permanent labels, largest nodes first (only those that fit are drawn). Default: one per 9,000 px². */
  maxLabels?: number;
  /**
   * Draw your own marks over the graph: a function of where its nodes stand (`SceneView`: each node's
   * organization, country or agreement, accessible name and position in the layout, with the zoom they are drawn
   * under) returning SVG elements, drawn under the chart's zoom. Default: none.
   */
  children?: SceneChildren;
};

/**
 * The partnerships as a graph: organizations are nodes sized by their number of partnerships and
 * coloured by region or kind; a multilateral agreement is a small diamond hub joined to its
 * members; unnamed parties are dashed rings per country. Node ids for `selectedId`/`onSelect` are
 * the organization id, `country:<ISO>` or `hub:<partnershipId>`; a partnership id highlights its links.
 */
export function PartnershipNetwork(props: PartnershipNetworkProps) {
  const { theme = 'light', colorBy = 'country' } = props;
  const locale = resolveLocale(props.locale);
  const { data, issues } = useChartData(props.data, props.filter);
  const [selectedId, setSelectedId] = useControllableState(
    props.selectedId,
    props.defaultSelectedId ?? null,
    props.onSelect,
  );
  const network = useMemo(() => toNetwork(data), [data]);
  const m = networkMessages(locale);
  const title = props.title ?? m.title;
  const summary = useMemo(() => summarySentence(summarize(data), locale), [data, locale]);
  const resolved = useResolvedTheme(theme);
  const chart = (size: { width: number; height: number }) => (
    <NetworkBody
      width={size.width}
      height={size.height}
      data={data}
      network={network}
      locale={locale}
      colorBy={colorBy}
      title={title}
      selectedId={selectedId}
      theme={resolved}
      onSelect={setSelectedId}
      positions={props.positions}
      seed={props.seed}
      iterations={props.iterations}
      maxLabels={props.maxLabels}
      {...(props.children ? { renderView: props.children } : {})}
    />
  );
  const hub = selectedId?.startsWith('hub:') ? selectedId.slice(4) : selectedId;
  return (
    <ChartFrame
      title={title}
      summary={summary}
      locale={locale}
      theme={theme}
      width={props.width}
      height={props.height}
      aspect={0.62}
      issues={issues}
      data={data}
      selectedPartnershipId={hub && indexDataset(data).partnerships.has(hub) ? hub : null}
      legend={<NetworkLegend network={network} locale={locale} colorBy={colorBy} theme={resolved} />}
      empty={network.nodes.length === 0}
      className={props.className}
    >
      {chart}
    </ChartFrame>
  );
}

const RESIZE_SETTLE_MS = 150;

type BodyProps = {
  width: number;
  height: number;
  data: Dataset;
  network: ReturnType<typeof toNetwork>;
  locale: Locale;
  colorBy: 'country' | 'kind';
  title: string;
  theme: 'light' | 'dark';
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  positions?: Readonly<Record<string, { x: number; y: number }>>;
  seed?: number;
  iterations?: number;
  maxLabels?: number;
  renderView?: SceneChildren;
};

function NetworkBody(p: BodyProps) {
  const { network, data, locale, colorBy, positions, seed, iterations } = p;
  // The layout follows the size once a resize has settled; meanwhile the last one is stretched to
  // fit, so dragging a window edge does not run the force layout on every frame.
  const [{ width, height }, setSize] = useState({ width: p.width, height: p.height });
  useEffect(() => {
    if (p.width === width && p.height === height) return;
    const id = setTimeout(() => setSize({ width: p.width, height: p.height }), RESIZE_SETTLE_MS);
    return () => clearTimeout(id);
  }, [p.width, p.height, width, height]);
  const layout = useMemo(
    () => layoutNetwork(network, { width, height, seed, iterations, positions }),
    [network, width, height, seed, iterations, positions],
  );
  const model = useMemo(() => buildNetworkModel(layout, data, locale, colorBy), [layout, data, locale, colorBy]);
  return (
    <NetworkView
      model={model}
      width={width}
      height={height}
      displayWidth={p.width}
      displayHeight={p.height}
      locale={locale}
      rtl={isRtl(locale)}
      theme={p.theme}
      title={p.title}
      selectedId={p.selectedId}
      onSelect={p.onSelect}
      maxLabels={p.maxLabels}
      {...(p.renderView ? { renderView: p.renderView } : {})}
    />
  );
}
