import type { MapModel } from './buildMapModel.js';
import type { MapMarker } from './layoutMarkers.js';
import { endpointKey, type LinkPathOptions, linkPath, type ProjectedArc, projectArc } from './projectArcs.js';

/** Positions (in `model.arcs`) of a marker's legs: its own, or every member's for a city cluster; ascending. */
export function legsOfMarker(model: MapModel, m: MapMarker): number[] {
  const keys = m.type === 'cluster' ? m.members : [m.id];
  if (keys.length === 1) return model.legsOf.get(keys[0] as string) ?? [];
  const all = new Set<number>();
  for (const k of keys) for (const i of model.legsOf.get(k) ?? []) all.add(i);
  return [...all].sort((a, b) => a - b);
}

/**
 * Projected legs by position in `model.arcs`, drawn on first need and kept: the static layer draws
 * pairs of places, and only the legs of highlighted markers are ever drawn one by one.
 */
export function legProjector(model: MapModel, options: LinkPathOptions): (i: number) => ProjectedArc | undefined {
  const path = linkPath(options);
  const cache = new Map<number, ProjectedArc | undefined>();
  return (i) => {
    if (cache.has(i)) return cache.get(i);
    const arc = model.arcAt(i);
    const p = arc && projectArc(arc, path, model.locate);
    cache.set(i, p);
    return p;
  };
}

/**
 * The path between two places (`model.places` ids: a city cluster or `country:<ISO>`), drawn on first need and
 * kept, the same either way round: what a closed city cluster's highlight draws, one line per pair of places
 * however many of its members' legs join them, as the static layer does.
 */
export function pairProjector(model: MapModel, options: LinkPathOptions): (from: string, to: string) => string | null {
  const path = linkPath(options);
  const cache = new Map<string, string | null>();
  return (from, to) => {
    const [a, b] = from <= to ? [from, to] : [to, from];
    const key = `${a}|${b}`;
    let d = cache.get(key);
    if (d === undefined) {
      const pa = model.places.get(a);
      const pb = model.places.get(b);
      d = pa && pb ? path(pa, pb) : null;
      cache.set(key, d);
    }
    return d;
  };
}

/** Which marker shows each endpoint key: itself, or the closed city cluster that holds it. */
export function visibleMarkers(markers: readonly MapMarker[]): Map<string, MapMarker> {
  const map = new Map<string, MapMarker>();
  for (const m of markers) {
    map.set(m.id, m);
    if (m.type === 'cluster') for (const id of m.members) map.set(id, m);
  }
  return map;
}

export type MapHighlight = {
  /** Joined paths of the highlighted bilateral legs (map px, before zoom). */
  solid: string;
  /** Joined paths of the highlighted multilateral legs, drawn dashed. */
  dashed: string;
  /** Number of legs drawn. */
  legs: number;
  /** Markers at the other ends of those legs. */
  partners: MapMarker[];
};

export const noHighlight: MapHighlight = { solid: '', dashed: '', legs: 0, partners: [] };

/**
 * What lights up for the active marker: each of its legs (bilateral solid, multilateral dashed)
 * and the markers at their other ends. Uses the per-marker leg lists computed once per data set.
 */
export function highlightOf(
  active: MapMarker | undefined,
  model: MapModel,
  leg: (i: number) => ProjectedArc | undefined,
  visible: ReadonlyMap<string, MapMarker>,
  pair?: (from: string, to: string) => string | null,
): MapHighlight {
  if (!active) return noHighlight;
  if (active.type === 'cluster' && pair) return clusterHighlight(active, model, visible, pair);
  const keys = new Set(active.type === 'cluster' ? active.members : [active.id]);
  const partners = new Map<string, MapMarker>();
  let solid = '';
  let dashed = '';
  let legs = 0;
  for (const i of legsOfMarker(model, active)) {
    const a = leg(i);
    if (!a) continue;
    legs += 1;
    if (a.multilateral) dashed += a.d;
    else solid += a.d;
    for (const k of [a.from, a.to]) {
      const m = keys.has(k) ? undefined : visible.get(k);
      if (m && m.id !== active.id) partners.set(m.id, m);
    }
  }
  return legs ? { solid, dashed, legs, partners: [...partners.values()] } : noHighlight;
}

/**
 * A closed city cluster's highlight: its members' legs drawn as one line per pair of places (`pair`), bilateral
 * and multilateral apart, the way the static layer draws them (a city of 50 parks has hundreds of legs but a few
 * dozen pairs: the overlay rasters that much less), counting and ringing partners per leg as `highlightOf` does.
 */
function clusterHighlight(
  active: MapMarker,
  model: MapModel,
  visible: ReadonlyMap<string, MapMarker>,
  pair: (from: string, to: string) => string | null,
): MapHighlight {
  const keys = new Set(active.members);
  const partners = new Map<string, MapMarker>();
  const drawn = new Set<string>();
  let solid = '';
  let dashed = '';
  let legs = 0;
  for (const i of legsOfMarker(model, active)) {
    const arc = model.arcAt(i);
    if (!arc) continue;
    const ends = [endpointKey(arc.from), endpointKey(arc.to)] as const;
    const [pa, pb] = ends.map((k) => model.placeOf.get(k) ?? k) as [string, string];
    const d = pair(pa, pb);
    if (d === null) continue;
    legs += 1;
    const key = `${arc.multilateral ? 'm' : 's'}${pa <= pb ? `${pa}|${pb}` : `${pb}|${pa}`}`;
    if (!drawn.has(key)) {
      drawn.add(key);
      if (arc.multilateral) dashed += d;
      else solid += d;
    }
    for (const k of ends) {
      const m = keys.has(k) ? undefined : visible.get(k);
      if (m && m.id !== active.id) partners.set(m.id, m);
    }
  }
  return legs ? { solid, dashed, legs, partners: [...partners.values()] } : noHighlight;
}

/**
 * Positions (in `model.arcs`) of the legs of every organization or country's unnamed parties with more than `above`
 * legs, and then of the busiest others until there are `least` legs (default none), ascending: what `warmLegs` draws
 * ahead of a hover. The legs of the other markers are few, and drawn on their first hover; a closed city cluster
 * draws pairs of places (`pairProjector`).
 */
export function busyLegs(model: MapModel, above = 64, least = 0): number[] {
  const out = new Set<number>();
  // A closed city cluster's highlight draws pairs of places (`pairProjector`), not its members' legs: only a
  // marker drawn as itself (an organization, a country's unnamed parties) needs its legs.
  const keys = [...model.clusters.flatMap((c) => c.members), ...model.countryParties.map((c) => c.id)];
  const legs = (k: string) => model.legsOf.get(k) ?? [];
  for (const k of keys) if (legs(k).length > above) for (const i of legs(k)) out.add(i);
  if (out.size < least) {
    // Then the busiest of the others, until `least` legs: the first hover of any marker then runs warm code.
    const rest = keys.filter((k) => legs(k).length <= above).sort((a, b) => legs(b).length - legs(a).length);
    for (const k of rest) {
      if (out.size >= least) break;
      for (const i of legs(k)) out.add(i);
    }
  }
  return [...out].sort((a, b) => a - b);
}

/**
 * The pairs of places (`model.pairs`) that touch a city cluster of several organizations whose members have more than
 * `above` legs together: what a hover of that closed cluster draws (`pairProjector`), drawn ahead at idle.
 */
export function busyPairs(model: MapModel, above = 64): { from: string; to: string }[] {
  const busy = new Set<string>();
  for (const c of model.clusters) {
    if (c.members.length < 2) continue;
    let n = 0;
    for (const id of c.members) n += model.legsOf.get(id)?.length ?? 0;
    if (n > above) busy.add(c.id);
  }
  return busy.size ? model.pairs.filter((p) => busy.has(p.from) || busy.has(p.to)) : [];
}

/**
 * Draws the legs at `legs` (positions in `model.arcs`) into `leg`'s cache while the page is idle after the
 * first render (slices of at most `sliceMs` in the idle periods the browser offers), so that the first hover
 * of a busy marker only joins ready paths. Returns a cancel function.
 */
export function warmLegs(leg: (i: number) => unknown, legs: readonly number[], sliceMs = 4): () => void {
  type Deadline = { timeRemaining: () => number };
  const g = globalThis as {
    requestIdleCallback?: (cb: (d: Deadline) => void) => number;
    cancelIdleCallback?: (id: number) => void;
  };
  const later = (cb: (d?: Deadline) => void) =>
    g.requestIdleCallback ? g.requestIdleCallback(cb) : (setTimeout(cb, 16) as unknown as number);
  const cancel = (id: number) => (g.cancelIdleCallback ? g.cancelIdleCallback(id) : clearTimeout(id));
  const count = legs.length;
  let i = 0;
  let id = 0;
  const step = (deadline?: Deadline) => {
    // At most `sliceMs` per slice even when the browser offers a whole idle period (up to 50 ms): a pointer that
    // arrives meanwhile waits for the slice to end, and the first hover is what this warming is for.
    const end = performance.now() + Math.min(sliceMs, Math.max(1, deadline?.timeRemaining() ?? sliceMs));
    while (i < count && performance.now() < end)
      for (const stop = Math.min(count, i + 8); i < stop; ) leg(legs[i++] as number);
    if (i < count) id = later(step);
  };
  id = later(step);
  return () => cancel(id);
}
