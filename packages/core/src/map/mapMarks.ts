import type { OrganizationKind } from '@parklinks/data';
import { type GeoProjection, geoGraticule, geoPath } from 'd3-geo';
import type { Mark, Selection } from '../scene/types.js';
import type { PlacedLabel } from '../shared/placeLabels.js';
import { r1 } from '../shared/r1.js';
import { runSteps, type Steps } from '../shared/steps.js';
import { kindColor } from '../shared/theme.js';
import { arcWidths, pairStroke, pairWeight } from './arcWeights.js';
import type { CountryFeature } from './basemap.js';
import type { MapMarker } from './layoutMarkers.js';
import type { ProjectedPair } from './projectArcs.js';

/** What a map marker stands for: an organization, a country's unnamed parties, or a closed city cluster (a hub). */
export function markerSelection(m: Pick<MapMarker, 'id' | 'type'>): Selection {
  if (m.type === 'country') return { type: 'country', id: m.id.slice('country:'.length) };
  return { type: m.type === 'cluster' ? 'hub' : 'organization', id: m.id };
}
/** The marker id (`data-id`) of a selection: the organization or cluster id, `country:<ISO>` for unnamed parties. */
export const markerId = (s: Selection): string => (s.type === 'country' ? `country:${s.id}` : s.id);

/** The globe's outline, its 30° graticule and the basemap's countries (partner countries shaded), unprojected to paths. */
export function countryMarks(
  projection: GeoProjection,
  features: readonly CountryFeature[],
  active: ReadonlySet<string>,
): Mark[] {
  return runSteps(countryMarkSteps(projection, features, active));
}

/** `countryMarks` in steps of `per` countries (projecting the world is the longest part of a map's first paint). */
export function* countryMarkSteps(
  projection: GeoProjection,
  features: readonly CountryFeature[],
  active: ReadonlySet<string>,
  per = 60,
): Steps<Mark[]> {
  const path = geoPath(projection).digits(1);
  const marks: Mark[] = [
    {
      type: 'path',
      d: path({ type: 'Sphere' }) ?? '',
      fill: 'var(--pl-ocean)',
      stroke: 'var(--pl-grid)',
      fixedStroke: true,
    },
    {
      type: 'path',
      d: path(geoGraticule().step([30, 30])()) ?? '',
      fill: 'none',
      stroke: 'var(--pl-grid)',
      strokeWidth: 0.5,
      fixedStroke: true,
    },
  ];
  for (const [i, f] of features.entries()) {
    if (i > 0 && i % per === 0) yield 'map:countries';
    marks.push({
      type: 'path',
      d: path(f) ?? '',
      fill: f.code && active.has(f.code) ? 'var(--pl-land-active)' : 'var(--pl-land)',
      stroke: 'var(--pl-land-stroke)',
      strokeWidth: 0.6,
      fixedStroke: true,
      ...(f.code ? { data: { country: f.code } } : {}),
    });
  }
  return marks;
}

/** Above this many pairs of places the arcs are drawn as one combined path per stroke weight instead of one per pair. */
export const COMBINE_ARCS_ABOVE = 1000;

/**
 * The static legs: one path per pair of places, weighted by its agreements, or (above `COMBINE_ARCS_ABOVE`
 * pairs) one path per weight class. No dashes: the highlight and the data table show each leg.
 */
export function arcMarks(pairs: readonly ProjectedPair[], combineAbove = COMBINE_ARCS_ABOVE): Mark[] {
  const legs = pairs.reduce((n, p) => n + p.legs, 0);
  const base = { fill: 'none', stroke: 'var(--pl-arc)', fixedStroke: true } as const;
  if (pairs.length > combineAbove) {
    const byWeight: string[][] = arcWidths.map(() => []);
    for (const p of pairs) byWeight[pairWeight(p.partnerships)]?.push(p.d);
    return byWeight.flatMap((ds, w) =>
      ds.length ? [{ type: 'path', key: String(w), d: ds.join(''), ...base, ...pairStroke(w, legs) } as Mark] : [],
    );
  }
  return pairs.map((p) => ({
    type: 'path',
    key: p.id,
    d: p.d,
    data: { pair: p.id, legs: p.legs },
    ...base,
    ...pairStroke(pairWeight(p.partnerships), legs),
  }));
}

/** True when the marker was moved off its place (spread out of a city, or pushed clear of a neighbour). */
const moved = (m: MapMarker) => Math.abs(m.home.x - m.x) + Math.abs(m.home.y - m.y) > 1;

/**
 * Leader lines from moved markers back to their places, and a dot at each place: two paths in all, however
 * many markers moved (2,000 city-less parks pushed apart drew ~4,500 elements of line, dot and group).
 */
export function leaderMarks(markers: readonly MapMarker[]): Mark[] {
  let lines = '';
  let dots = '';
  for (const m of markers) {
    if (!moved(m)) continue;
    const [hx, hy] = [r1(m.home.x), r1(m.home.y)];
    lines += `M${hx} ${hy}L${r1(m.x)} ${r1(m.y)}`;
    dots += `M${r1(hx - 1.5)} ${hy}a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0 -3 0`;
  }
  if (!lines) return [];
  return [
    { type: 'path', key: 'leader-lines', d: lines, fill: 'none', stroke: 'var(--pl-muted)', strokeWidth: 1 },
    { type: 'path', key: 'leader-dots', d: dots, fill: 'var(--pl-muted)' },
  ];
}

function markerShape(m: MapMarker): Mark[] {
  const kind = m.kind as OrganizationKind | undefined;
  if (m.type === 'organization')
    return [{ type: 'circle', x: m.x, y: m.y, r: m.r, fill: kindColor(kind), stroke: 'var(--pl-bg)', strokeWidth: 1 }];
  if (m.type === 'country')
    return [
      {
        type: 'circle',
        x: m.x,
        y: m.y,
        r: m.r,
        fill: 'var(--pl-bg)',
        fillOpacity: 0.55,
        stroke: kindColor(kind),
        strokeWidth: 2,
        dash: '3 2',
      },
    ];
  return [
    { type: 'circle', x: m.x, y: m.y, r: m.r, fill: 'var(--pl-surface)', stroke: 'var(--pl-fg)', strokeWidth: 1.5 },
    {
      type: 'text',
      x: m.x,
      y: m.y,
      text: String(m.members.length),
      anchor: 'middle',
      baseline: 'middle',
      size: Math.min(11, Math.round(m.r * 1.1)),
      weight: 700,
      fill: 'var(--pl-fg)',
    },
  ];
}

/**
 * One named mark per marker: organizations and unnamed parties are a single circle, closed city clusters a group
 * of their circle and count. (A group around every circle cost 2,000 more elements to create at 2,000 parks.)
 */
export function markerMarks(markers: readonly MapMarker[], names: Pick<ReadonlyMap<string, string>, 'get'>): Mark[] {
  return markers.map((m): Mark => {
    const meaning = {
      key: m.id,
      ref: markerSelection(m),
      name: names.get(m.id) ?? m.id,
      data: { id: m.id, type: m.type },
    };
    const shape = markerShape(m);
    return shape.length === 1 ? { ...(shape[0] as Mark), ...meaning } : { type: 'group', ...meaning, children: shape };
  });
}

/** The placed labels, with a halo; unnamed parties' in italics. First-strong isolates keep mixed scripts in order. */
export function labelMarks(labels: readonly PlacedLabel[], fontSize: number): Mark[] {
  return labels.map((l) => ({
    type: 'text',
    key: l.id,
    x: l.x,
    y: l.y,
    text: `\u2068${l.text}\u2069`,
    size: fontSize,
    anchor: 'middle',
    baseline: 'middle',
    fill: 'var(--pl-fg)',
    halo: 'var(--pl-bg)',
    ...(l.id.startsWith('country:') ? { italic: true } : {}),
  }));
}
