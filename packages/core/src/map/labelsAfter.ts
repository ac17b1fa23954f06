import type { Locale } from '../shared/i18n.js';
import { type PlacedLabel, placeLabels } from '../shared/placeLabels.js';
import type { MapMarker } from './layoutMarkers.js';
import { mapFontSize, mapLabels, prefersSide } from './mapLayout.js';
import { layoutInfo, type Region } from './markerLayoutInfo.js';
import type { MarkerText } from './markerText.js';

export type LabelOptions = { width: number; height: number; locale: Locale };

/** Labels placed before, per marker layout: what `labelsAfter` reuses. */
export type KnownLabels = WeakMap<readonly MapMarker[], { key: string; shift: string; labels: PlacedLabel[] }>;

/**
 * `mapLabels` for `markers` (the layout `base` moved by `shift`), reusing labels placed before (`known`, kept across
 * calls): the same layout gives the same labels; a layout `relayoutMarkers` derived by opening one cluster keeps every
 * label clear of the region where markers changed and places only those of the markers around it again.
 */
export function labelsAfter(
  base: readonly MapMarker[],
  shift: { x: number; y: number },
  markers: readonly MapMarker[],
  texts: ReadonlyMap<string, MarkerText>,
  o: LabelOptions,
  known: KnownLabels,
): PlacedLabel[] {
  const key = `${o.width}x${o.height}:${o.locale}`;
  const at = `${shift.x},${shift.y}`;
  const same = known.get(base);
  if (same && same.key === key && same.shift === at) return same.labels;
  const from = layoutInfo(base)?.from;
  const before = from && known.get(from.markers);
  const labels =
    from && before && before.key === key && before.shift === at
      ? relabelNear(before.labels, unmoved(from.markers, base), markers, texts, o, {
          x0: from.region.x0 + shift.x,
          y0: from.region.y0 + shift.y,
          x1: from.region.x1 + shift.x,
          y1: from.region.y1 + shift.y,
        })
      : mapLabels(markers, texts, o);
  known.set(base, { key, shift: at, labels });
  return labels;
}

/** Ids of the markers of `after` that are the same objects as in `before` (not moved). */
function unmoved(before: readonly MapMarker[], after: readonly MapMarker[]): Set<string> {
  const was = new Set(before);
  const out = new Set<string>();
  for (const m of after) if (was.has(m)) out.add(m.id);
  return out;
}

/**
 * Labels of unmoved markers clear of `region` stay; the markers whose label could reach into it are labelled again
 * around them.
 */
function relabelNear(
  labels: readonly PlacedLabel[],
  still: ReadonlySet<string>,
  markers: readonly MapMarker[],
  texts: ReadonlyMap<string, MarkerText>,
  o: LabelOptions,
  region: Region,
): PlacedLabel[] {
  const kept = labels.filter(
    (l) =>
      still.has(l.id) &&
      (l.x + l.width / 2 <= region.x0 ||
        l.x - l.width / 2 >= region.x1 ||
        l.y + l.height / 2 <= region.y0 ||
        l.y - l.height / 2 >= region.y1),
  );
  const done = new Set(kept.map((l) => l.id));
  const fontSize = mapFontSize(o.width);
  const requests = [];
  for (const m of markers) {
    const text = texts.get(m.id)?.label;
    if (!text || done.has(m.id)) continue;
    // How far its label may stand from its centre: placeLabels tries up to r + 10 px out, plus the label's size
    // (no character is wider than 1 em).
    const reach = m.r + 10 + (text.length + 2) * fontSize;
    const dx = Math.max(region.x0 - m.x, 0, m.x - region.x1);
    const dy = Math.max(region.y0 - m.y, 0, m.y - region.y1);
    if (dx > reach || dy > reach) continue;
    requests.push({ id: m.id, x: m.x, y: m.y, r: m.r, text, priority: m.partnerships });
  }
  const placed = placeLabels(requests, {
    width: o.width,
    height: o.height,
    fontSize,
    prefer: prefersSide(o.locale),
    obstacles: markers,
    taken: kept,
  });
  // In the order of before, a label placed again where its old one was and new ones last: the renderer moves
  // no element of a label that stays (keyed lists move every element whose order changed).
  const again = new Map(placed.map((l) => [l.id, l]));
  const out: PlacedLabel[] = [];
  for (const l of labels) {
    const now = done.has(l.id) ? l : again.get(l.id);
    if (now) out.push(now);
    again.delete(l.id);
  }
  out.push(...again.values());
  return out;
}
