import { isRtl, type Locale } from '../shared/i18n.js';
import { type PlacedLabel, placeLabels } from '../shared/placeLabels.js';
import { runSteps, type Steps } from '../shared/steps.js';
import type { ZoomTransform } from '../shared/zoomMath.js';
import type { MapModel } from './buildMapModel.js';
import { layoutMarkers, type MapMarker, shiftMarkers } from './layoutMarkers.js';
import { type MapFit, makeProjection } from './makeProjection.js';
import { type MarkerText, markerText } from './markerText.js';
import { type ArcStyle, type ProjectedPair, projectPairs } from './projectArcs.js';

/** Markers shrink on narrow maps (down to 60 % at 350 px) so a phone-sized world stays legible. */
export const markerScale = (width: number) => Math.min(1, Math.max(0.6, Math.sqrt(width / 960)));
/** Label size in px for a map `width` px wide. */
export const mapFontSize = (width: number) => (width < 480 ? 10 : 11);

/** The map's projection for a size: fitted to the data's places (`data`) or the whole globe (`world`). */
export const mapProjection = (model: MapModel, width: number, height: number, fit: MapFit) =>
  makeProjection({ width, height, fit, points: model.points, padding: fit === 'data' ? 40 : 6 });

// A marker's texts depend on what it stands for, not where it stands: kept per model and locale, so laying the
// markers out again (a zoom, an opened cluster) does not write 2,000 accessible names again.
const textCache = new WeakMap<MapModel, Map<string, Map<string, MarkerText>>>();

/** Each marker's label, tooltip lines and accessible name, by marker id. */
export function markerTexts(model: MapModel, markers: readonly MapMarker[], locale: Locale): Map<string, MarkerText> {
  let byLocale = textCache.get(model);
  if (!byLocale) {
    byLocale = new Map();
    textCache.set(model, byLocale);
  }
  let known = byLocale.get(locale);
  if (!known) {
    known = new Map();
    byLocale.set(locale, known);
  }
  const out = new Map<string, MarkerText>();
  for (const m of markers) {
    // The same id stands for the same organization, cluster or country, with the same count.
    let text = known.get(m.id);
    if (!text) {
      text = markerText(model, m, locale);
      known.set(m.id, text);
    }
    out.set(m.id, text);
  }
  return out;
}

/** The side a label tries first: the end of the reading direction. */
export const prefersSide = (locale: Locale) => (isRtl(locale) ? 'left' : 'right');

/** Labels placed clear of the markers and of each other (larger markers win), on the reading side first. */
export function mapLabels(
  markers: readonly MapMarker[],
  texts: ReadonlyMap<string, MarkerText>,
  o: { width: number; height: number; locale: Locale },
): PlacedLabel[] {
  const requests = [];
  for (const m of markers) {
    const text = texts.get(m.id)?.label;
    if (text) requests.push({ id: m.id, x: m.x, y: m.y, r: m.r, text, priority: m.partnerships });
  }
  // The same placer as the network's: every marker is a disc the labels keep clear of.
  return placeLabels(requests, {
    width: o.width,
    height: o.height,
    fontSize: mapFontSize(o.width),
    prefer: prefersSide(o.locale),
    obstacles: markers,
  });
}

/**
 * The open clusters once `selected` is shown: `open` plus the selected organization's city cluster when that
 * holds several organizations (a park alone in its place is drawn as itself). Returns `open` itself when nothing
 * changes, so a memo keyed on it does not lay the markers out again.
 */
export function clusterToOpen(
  model: MapModel,
  selected: string | null | undefined,
  open: ReadonlySet<string>,
): ReadonlySet<string> {
  const id = selected ? model.placeOf.get(selected) : undefined;
  const c = id ? model.clusterById.get(id) : undefined;
  return c && c.members.length > 1 && !open.has(c.id) ? new Set([...open, c.id]) : open;
}

export type MapLayoutOptions = {
  width: number;
  height: number;
  locale: Locale;
  /** Default `'data'`. */
  fit?: MapFit;
  /** Default `'great-circle'`. */
  arcStyle?: ArcStyle;
  /** Default: none. */
  zoom?: ZoomTransform;
  /** City clusters shown spread out. Default: none. */
  open?: ReadonlySet<string>;
};

/** Everything the map places on screen for one size, zoom and set of open clusters. */
export type MapLayout = {
  projection: ReturnType<typeof makeProjection>;
  pairs: ProjectedPair[];
  markers: readonly MapMarker[];
  texts: Map<string, MarkerText>;
  labels: PlacedLabel[];
  fontSize: number;
};

/** Lays the map out: projection, pairs of places, markers, their texts and labels (the React view does the same steps in separate memos). */
export function layoutMap(model: MapModel, o: MapLayoutOptions): MapLayout {
  return runSteps(layoutMapSteps(model, o));
}

/**
 * `layoutMap` in steps — the projection and the legs, the markers, their texts, their labels — pausing after each, so
 * a caller can let the page paint and handle input between them (the embed's first paint on a slow phone). Its
 * result is `layoutMap`'s.
 */
export function* layoutMapSteps(model: MapModel, o: MapLayoutOptions): Steps<MapLayout> {
  const zoom = o.zoom ?? { k: 1, x: 0, y: 0 };
  const projection = mapProjection(model, o.width, o.height, o.fit ?? 'data');
  const pairs = projectPairs(model.pairs, {
    project: projection,
    places: model.places,
    style: o.arcStyle ?? 'great-circle',
  });
  yield 'map:legs';
  const base = layoutMarkers(model, projection, { k: zoom.k, x: 0, y: 0 }, o.open ?? new Set(), {
    scale: markerScale(o.width),
    area: o.width * o.height,
  });
  const markers = shiftMarkers(base, zoom.x, zoom.y);
  yield 'map:markers';
  const texts = markerTexts(model, base, o.locale);
  yield 'map:texts';
  const labels = mapLabels(markers, texts, o);
  return { projection, pairs, markers, texts, labels, fontSize: mapFontSize(o.width) };
}
