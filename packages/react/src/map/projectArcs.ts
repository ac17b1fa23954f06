import type { ArcEndpoint, MapArc, PartnershipKind } from '@parklinks/data';
import { curvedPath, greatCirclePath, loopPath, type Project, straightPath } from './arcPaths.js';

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

/**
 * One projected path per leg (per `MapArc`), in input order. Legs with an end that cannot be
 * located are left out; legs whose ends meet on screen become a small loop so they stay visible.
 */
export function projectArcs(arcs: readonly MapArc[], options: ProjectArcsOptions): ProjectedArc[] {
  const { project, locate, style = 'great-circle', central = 0 } = options;
  const scale = (project as { scale?: () => number }).scale;
  const pxPerDegree = options.pxPerDegree ?? (typeof scale === 'function' ? (scale() * Math.PI) / 180 : 3);
  const out: ProjectedArc[] = [];
  for (const arc of arcs) {
    const a = locate(arc.from);
    const b = locate(arc.to);
    if (!a || !b) continue;
    const pa = project(a);
    const pb = project(b);
    if (!pa || !pb) continue;
    const near = Math.hypot(pa[0] - pb[0], pa[1] - pb[1]) < 3;
    const d = near
      ? loopPath(pa)
      : style === 'straight'
        ? straightPath(pa, pb)
        : style === 'curved'
          ? curvedPath(pa, pb)
          : greatCirclePath(a, b, project, { central, pxPerDegree });
    const { id, partnershipId, kind, multilateral } = arc;
    out.push({ id, partnershipId, kind, from: endpointKey(arc.from), to: endpointKey(arc.to), multilateral, d });
  }
  return out;
}
