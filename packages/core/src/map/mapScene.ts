import type { Dataset } from '@parklinks/data';
import type { Mark, Scene, SceneLayer, SceneOptions } from '../scene/types.js';
import { isRtl, resolveLocale, summarySentence } from '../shared/i18n.js';
import { uiMessages } from '../shared/messages.js';
import { runSteps, type Steps } from '../shared/steps.js';
import { themePalette } from '../shared/theme.js';
import type { ZoomTransform } from '../shared/zoomMath.js';
import type { CountryFeature } from './basemap.js';
import { buildMapModel, type MapModel } from './buildMapModel.js';
import type { MapMarker } from './layoutMarkers.js';
import type { MapFit } from './makeProjection.js';
import { highlightOf, legProjector, type MapHighlight, pairProjector, visibleMarkers } from './mapHighlight.js';
import { clusterToOpen, layoutMapSteps, type MapLayout } from './mapLayout.js';
import { mapLegend } from './mapLegend.js';
import { arcMarks, countryMarkSteps, labelMarks, leaderMarks, markerId, markerMarks } from './mapMarks.js';
import { mapMessages } from './messages.js';
import type { ArcStyle } from './projectArcs.js';

export type MapSceneOptions = SceneOptions & {
  /** The basemap's countries (`basemapFeatures(worldBasemap)` for the built-in world). */
  basemap: readonly CountryFeature[];
  /** Frame the data's places (`data`) or the whole world (`world`). Default `'data'`. */
  fit?: MapFit;
  /** Default `'great-circle'`. */
  arcStyle?: ArcStyle;
  /** Default: none. */
  zoom?: ZoomTransform;
  /** City clusters to show spread out (ids `city:…`). Default: none (a selected member opens its cluster). */
  open?: ReadonlySet<string>;
  /** A model already built for `data` and `basemap` (the React chart keeps one per data set). */
  model?: MapModel;
  /** The layout `mapSceneLayout` made for this model and these options (so the two can run in separate tasks). */
  layout?: MapLayout;
};

/**
 * The layout `buildMapScene` draws for `model` and `options` (size, locale, fit, zoom, and the clusters open for the
 * selection): the longest step of a map's scene, callable on its own.
 */
export function mapSceneLayout(model: MapModel, options: Omit<MapSceneOptions, 'basemap'>): MapLayout {
  return runSteps(mapSceneLayoutSteps(model, options));
}

/** `mapSceneLayout` in the steps of `layoutMapSteps`, pausing after each. */
export function mapSceneLayoutSteps(model: MapModel, options: Omit<MapSceneOptions, 'basemap'>): Steps<MapLayout> {
  const { width } = options;
  const height = options.height ?? mapHeight(width);
  const selected = options.selection ? markerId(options.selection) : null;
  const open = clusterToOpen(model, selected, options.open ?? new Set());
  const zoom = options.zoom ?? { k: 1, x: 0, y: 0 };
  const locale = resolveLocale(options.locale);
  return layoutMapSteps(model, { width, height, locale, fit: options.fit, arcStyle: options.arcStyle, zoom, open });
}

/** The map's height for a width: the chart's own aspect ratio. */
export const mapHeight = (width: number) => Math.round(width * 0.56);

/**
 * The selected marker's legs (in map px, zoomed) and rings (screen px): what the React overlay draws on selection, and a
 * halo under the legs, which the React overlay leaves out (its veil fades the land and the other legs under them).
 */
function selectionMarks(h: MapHighlight, selected: MapMarker): { legs: Mark[]; rings: Mark[] } {
  const leg = { fill: 'none', stroke: 'var(--pl-focus)', strokeWidth: 2, fixedStroke: true } as const;
  const legs: Mark[] = h.legs
    ? [
        {
          type: 'path',
          d: h.solid + h.dashed,
          fill: 'none',
          stroke: 'var(--pl-bg)',
          strokeWidth: 4,
          strokeOpacity: 0.7,
          fixedStroke: true,
        },
        ...(h.solid ? [{ type: 'path', d: h.solid, ...leg } as Mark] : []),
        ...(h.dashed ? [{ type: 'path', d: h.dashed, dash: '5 3', ...leg } as Mark] : []),
      ]
    : [];
  const rings: Mark[] = h.partners.map((m) => ({
    type: 'circle',
    x: m.x,
    y: m.y,
    r: m.r + 2,
    fill: 'none',
    stroke: 'var(--pl-focus)',
    strokeWidth: 1.5,
  }));
  rings.push({
    type: 'circle',
    x: selected.x,
    y: selected.y,
    r: selected.r + 3,
    fill: 'none',
    stroke: 'var(--pl-fg)',
    strokeWidth: 2.5,
  });
  return { legs, rings };
}

/**
 * The map as a scene: countries, the legs between places, markers and their labels, laid out for a size,
 * zoom and selection, with its legend, summary and keyboard order (the markers, busiest first).
 */
export function buildMapScene(data: Dataset, options: MapSceneOptions): Scene {
  return runSteps(buildMapSceneSteps(data, options));
}

/**
 * `buildMapScene` in steps (the model, the layout's steps, the countries in batches), for a page that yields to the
 * browser between them (see `Steps`).
 */
export function* buildMapSceneSteps(data: Dataset, options: MapSceneOptions): Steps<Scene> {
  const locale = resolveLocale(options.locale);
  const theme = options.theme ?? 'light';
  const { width } = options;
  const height = options.height ?? mapHeight(width);
  let model = options.model;
  if (!model) {
    model = buildMapModel(data, options.basemap);
    yield 'map:model';
  }
  const selected = options.selection ? markerId(options.selection) : null;
  const zoom = options.zoom ?? { k: 1, x: 0, y: 0 };
  const layout = options.layout ?? (yield* mapSceneLayoutSteps(model, options));
  yield 'map:layout';
  const countries = yield* countryMarkSteps(layout.projection, model.basemap, model.countries);
  yield 'map:countries';
  const names = new Map([...layout.texts].map(([id, t]) => [id, t.name]));
  const marker = selected ? layout.markers.find((m) => m.id === selected) : undefined;
  const links = { project: layout.projection, style: options.arcStyle ?? 'great-circle' } as const;
  const highlight = marker
    ? highlightOf(
        marker,
        model,
        legProjector(model, links),
        visibleMarkers(layout.markers),
        pairProjector(model, links),
      )
    : undefined;
  const lit = highlight && marker ? selectionMarks(highlight, marker) : undefined;
  const layers: SceneLayer[] = [
    { id: 'countries', zoomed: true, marks: countries },
    { id: 'arcs', zoomed: true, marks: arcMarks(layout.pairs) },
  ];
  if (lit) {
    layers[1] = { ...layers[1]!, marks: [{ type: 'group', opacity: 0.35, children: layers[1]!.marks }] };
    layers.push({ id: 'highlight', zoomed: true, marks: lit.legs });
  }
  layers.push(
    { id: 'leaders', marks: leaderMarks(layout.markers) },
    { id: 'markers', marks: markerMarks(layout.markers, names) },
    { id: 'labels', marks: labelMarks(layout.labels, layout.fontSize) },
  );
  if (lit) layers.push({ id: 'rings', marks: lit.rings });
  const byBusy = [...layout.markers].sort((a, b) => b.partnerships - a.partnerships);
  return {
    chart: 'map',
    width,
    height,
    locale,
    dir: isRtl(locale) ? 'rtl' : 'ltr',
    theme,
    title: options.title ?? mapMessages(locale).title,
    summary: summarySentence(model.summary, locale),
    layers,
    legend: mapLegend(model, locale),
    items: byBusy.map((m) => ({
      ref: markerMarks([m], names)[0]!.ref!,
      name: names.get(m.id) ?? m.id,
      x: m.x,
      y: m.y,
    })),
    colors: { ...themePalette(theme) },
    zoom,
    ...(data.partnerships.length === 0 ? { empty: uiMessages(locale).empty } : {}),
  };
}
