import { type Dataset, summarize, toNetwork } from '@parklinks/data';
import type { Mark, Scene, SceneLayer, SceneOptions } from '../scene/types.js';
import { isRtl, resolveLocale, summarySentence } from '../shared/i18n.js';
import { uiMessages } from '../shared/messages.js';
import { runSteps, type Steps } from '../shared/steps.js';
import { themePalette } from '../shared/theme.js';
import { type ZoomTransform, zoomTransformAttr } from '../shared/zoomMath.js';
import { buildNetworkModelSteps, type NetworkModel } from './buildNetworkModel.js';
import { groupColors } from './groupPalette.js';
import { labelMarks } from './labelMarks.js';
import { layoutNetwork } from './layoutNetwork.js';
import { networkMessages } from './messages.js';
import { legendEntries, networkLegend } from './networkLegend.js';
import { DASH_LIMIT, linkMarks, linkOpacity, nodeMarks, nodeSelection } from './networkMarks.js';
import { DIMMED, selectionLayer } from './selectionLayer.js';
import { staticLabelsOf } from './staticLabels.js';

/** Options of `buildNetworkScene`: the shared ones plus the props `PartnershipNetwork` passes to its layout. */
export type NetworkSceneOptions = SceneOptions & {
  /** Colour nodes by the region of their country or by organization kind. Default `'country'`. */
  colorBy?: 'country' | 'kind';
  /** Precomputed positions, 0–1 of width and height, by node id. Default: computed by `layoutNetwork`. */
  positions?: Readonly<Record<string, { x: number; y: number }>>;
  /** Seed of the force layout. Default 1. */
  seed?: number;
  /** Ticks of the force layout. Default `defaultIterations(node count)`. */
  iterations?: number;
  /** Most permanent labels, largest nodes first. Default: one per 9,000 px² (see `staticLabelsOf`). */
  maxLabels?: number;
  /** Zoom of the drawing (links keep their width). Default: none. */
  zoom?: ZoomTransform;
};

/** Height of the network for a width when none is given: 0.62 of it, at least 200 px (as `PartnershipNetwork`). */
export const networkHeight = (width: number) => Math.max(200, Math.round(width * 0.62));

/** The static drawing of a laid-out network: links (grouped by family), nodes (named) and the permanent labels. */
export function networkLayers(model: NetworkModel, labels: Mark[], k = 1): SceneLayer[] {
  const n = model.links.length;
  const links = linkMarks(model.links, { plain: n > DASH_LIMIT }).map((g) => ({
    ...g,
    strokeWidth: (g.strokeWidth ?? 1) / k,
    fill: 'none',
    stroke: 'var(--pl-muted)',
    strokeOpacity: linkOpacity(n),
  }));
  return [
    { id: 'links', marks: links, zoomed: true },
    { id: 'nodes', marks: nodeMarks(model.nodes), zoomed: true },
    { id: 'labels', marks: labels, zoomed: true },
  ];
}

/**
 * The partnership network laid out once, as `PartnershipNetwork` draws it at rest: the force layout, nodes
 * sized by partnerships and coloured by region or kind, links styled by agreement family, the permanent
 * labels, and — with a `selection` — the drawing dimmed under the selected node's neighbourhood.
 * Keyboard order: organizations and countries most connected first, then hubs (the Page Down order).
 */
export function buildNetworkScene(data: Dataset, options: NetworkSceneOptions): Scene {
  return runSteps(buildNetworkSceneSteps(data, options));
}

/**
 * `buildNetworkScene` in steps (the graph and its layout, the model, the labels, the marks), for a page that yields
 * between them (see `Steps`).
 */
export function* buildNetworkSceneSteps(data: Dataset, options: NetworkSceneOptions): Steps<Scene> {
  const { width, theme = 'light', colorBy = 'country' } = options;
  const height = options.height ?? networkHeight(width);
  const locale = resolveLocale(options.locale);
  const rtl = isRtl(locale);
  const network = toNetwork(data);
  const layout = layoutNetwork(network, { width, height, ...pick(options) });
  yield 'network:layout';
  const model = yield* buildNetworkModelSteps(layout, data, locale, colorBy);
  yield 'network:model';
  const placed = staticLabelsOf(model, width, height, rtl, options.maxLabels);
  yield 'network:labels';
  const zoom = options.zoom;
  let layers = networkLayers(model, labelMarks(placed, rtl ? 'rtl' : 'ltr'), zoom?.k);
  const highlight = selectionLayer(model, options.selection, placed, { width, height, rtl });
  if (highlight) layers = [...layers.map(dim), highlight];
  if (zoom && (zoom.k !== 1 || zoom.x !== 0 || zoom.y !== 0)) layers = layers.map((l) => zoomed(l, zoom));
  return {
    chart: 'network',
    width,
    height,
    locale,
    dir: rtl ? 'rtl' : 'ltr',
    theme,
    title: options.title ?? networkMessages(locale).title,
    summary: summarySentence(summarize(data), locale),
    layers,
    legend: legendEntries(networkLegend(network, locale, colorBy)),
    items: model.order.flatMap((id) => {
      const n = model.byId.get(id);
      return n ? [{ ref: nodeSelection(n), name: n.a11y, x: n.x, y: n.y }] : [];
    }),
    colors: { ...themePalette(theme), ...groupColors(theme) },
    ...(network.nodes.length === 0 ? { empty: uiMessages(locale).empty } : {}),
  };
}

const pick = ({ seed, iterations, positions }: NetworkSceneOptions) => ({ seed, iterations, positions });
const dim = (l: SceneLayer): SceneLayer => ({ ...l, marks: l.marks.map((m) => ({ ...m, opacity: DIMMED })) });
const zoomed = (l: SceneLayer, t: ZoomTransform): SceneLayer => ({
  ...l,
  marks: [{ type: 'group', transform: zoomTransformAttr(t), children: l.marks }],
});
