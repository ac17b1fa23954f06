import type { ArcEndpoint, MapArc, PartnershipKind } from '@parklinks/data';
import {
  type PathSink,
  type Project,
  svgPathWriter,
  traceCurved,
  traceGreatCircle,
  traceLoop,
  traceStraight,
} from './arcPaths.js';
import { pairWeight } from './arcWeights.js';

/** How legs are drawn: along the great circle (shortest route on the globe), a bowed curve, or a straight line. */
export type ArcStyle = 'great-circle' | 'curved' | 'straight';

/** A leg ready to draw: its ends' keys (`endpointKey`) and an SVG path in px. */
export type ProjectedArc = {
  id: string;
  partnershipId: string;
  kind: PartnershipKind;
  from: string;
  to: string;
  multilateral: boolean;
  d: string;
};

export type ProjectArcsOptions = {
  /** (lon, lat) → px. A d3 projection works as is. */
  project: Project;
  /** Where an endpoint is: organizations by their location, unnamed parties by their country's representative point. */
  locate: (endpoint: ArcEndpoint) => [number, number] | undefined;
  /** Default `'great-circle'`. */
  style?: ArcStyle;
  /** Central meridian of the projection (where it does not cut), for splitting great circles. Default 0. */
  central?: number;
  /** Map px per degree of arc, to size great-circle pieces about 40 px long. Default: from `project.scale()` when it has one, else 3. */
  pxPerDegree?: number;
};

/** Key of an arc endpoint: the organization id, or `country:<ISO>` for unnamed parties. */
export function endpointKey(e: ArcEndpoint): string {
  return e.type === 'organization' ? e.id : `country:${e.country}`;
}

export type LinkPathOptions = Pick<ProjectArcsOptions, 'project' | 'style' | 'central' | 'pxPerDegree'> & {
  /** Length in px of each quadratic piece of a great circle. Default 40. */
  segment?: number;
};

/**
 * A function tracing the link between two (lon, lat) places in the chosen style into a sink (an SVG path
 * writer, a canvas context, a `Path2D`); false, with nothing traced, when either end cannot be projected.
 * Ends that meet on screen give a small loop so the link stays visible.
 */
export function linkTracer(
  options: LinkPathOptions,
): (sink: PathSink, a: [number, number], b: [number, number]) => boolean {
  const { project, style = 'great-circle', central = 0 } = options;
  const scale = (project as { scale?: () => number }).scale;
  const pxPerDegree = options.pxPerDegree ?? (typeof scale === 'function' ? (scale() * Math.PI) / 180 : 3);
  const circle = { central, pxPerDegree, segment: options.segment ?? 40 };
  return (sink, a, b) => {
    const pa = project(a);
    const pb = project(b);
    if (!pa || !pb) return false;
    if (Math.hypot(pa[0] - pb[0], pa[1] - pb[1]) < 3) traceLoop(sink, pa);
    else if (style === 'straight') traceStraight(sink, pa, pb);
    else if (style === 'curved') traceCurved(sink, pa, pb);
    else traceGreatCircle(sink, a, b, project, circle);
    return true;
  };
}

/** The SVG path between two (lon, lat) places in the chosen style (`linkTracer`), or null when either end cannot be projected. */
export function linkPath(options: LinkPathOptions): (a: [number, number], b: [number, number]) => string | null {
  const trace = linkTracer(options);
  return (a, b) => {
    const w = svgPathWriter();
    return trace(w, a, b) ? w.toString() : null;
  };
}

/** A projected leg, or undefined when an end cannot be located or projected. */
export function projectArc(
  arc: MapArc,
  path: (a: [number, number], b: [number, number]) => string | null,
  locate: ProjectArcsOptions['locate'],
): ProjectedArc | undefined {
  const a = locate(arc.from);
  const b = locate(arc.to);
  const d = a && b ? path(a, b) : null;
  if (d === null) return undefined;
  const { id, partnershipId, kind, multilateral } = arc;
  return { id, partnershipId, kind, from: endpointKey(arc.from), to: endpointKey(arc.to), multilateral, d };
}

/**
 * One projected path per leg (per `MapArc`), in input order. Legs with an end that cannot be
 * located are left out; legs whose ends meet on screen become a small loop so they stay visible.
 */
export function projectArcs(arcs: readonly MapArc[], options: ProjectArcsOptions): ProjectedArc[] {
  const path = linkPath(options);
  const out: ProjectedArc[] = [];
  for (const arc of arcs) {
    const p = projectArc(arc, path, options.locate);
    if (p) out.push(p);
  }
  return out;
}

/** A pair of places joined by legs, ready to draw: `CityPair` with its SVG path in px. */
export type ProjectedPair = { id: string; from: string; to: string; legs: number; partnerships: number; d: string };

/**
 * One path per pair of places (city clusters, countries' unnamed parties), drawn between the
 * places' positions in the chosen style: the static layer draws these instead of every leg.
 * Pairs with a place that cannot be located or projected are left out.
 */
export function projectPairs(
  pairs: readonly { id: string; from: string; to: string; legs: number; partnerships: number }[],
  options: LinkPathOptions & { places: ReadonlyMap<string, [number, number]> },
): ProjectedPair[] {
  const path = linkPath(options);
  const out: ProjectedPair[] = [];
  for (const { id, from, to, legs, partnerships } of pairs) {
    const a = options.places.get(from);
    const b = options.places.get(to);
    const d = a && b ? path(a, b) : null;
    if (d !== null) out.push({ id, from, to, legs, partnerships, d });
  }
  return out;
}

/**
 * Traces every pair of places into the sink of its weight class (`pairWeight` of its agreements; a canvas
 * draws each class as one stroke): the static layer of a map with very many pairs, with no path strings.
 * Returns how many pairs were traced (pairs with a place that cannot be located or projected are left out).
 */
export function tracePairs(
  pairs: readonly { from: string; to: string; partnerships: number }[],
  options: LinkPathOptions & { places: ReadonlyMap<string, [number, number]> },
  sinkOf: (weight: number) => PathSink,
): number {
  const trace = linkTracer(options);
  let n = 0;
  for (const { from, to, partnerships } of pairs) {
    const a = options.places.get(from);
    const b = options.places.get(to);
    if (a && b && trace(sinkOf(pairWeight(partnerships)), a, b)) n += 1;
  }
  return n;
}
