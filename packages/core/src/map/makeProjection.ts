import { type GeoProjection, geoNaturalEarth1, geoNaturalEarth1Raw } from 'd3-geo';
import type { Project } from './arcPaths.js';

/** `data` frames the drawn points; `world` the whole globe. */
export type MapFit = 'data' | 'world';

export type ProjectionOptions = {
  width: number;
  height: number;
  fit: MapFit;
  /** Points (lon, lat) to frame when `fit` is `data`. */
  points: readonly (readonly [number, number])[];
  /** Inner padding in px. Default 16. */
  padding?: number;
  /** How far past the whole-world scale a data fit may zoom, so one city does not fill the map. Default 6. */
  maxZoom?: number;
};

/** Whether `points` hold at least two different positions. */
function twoDistinct(points: readonly (readonly [number, number])[]): boolean {
  const [x, y] = points[0] ?? [];
  return points.some((p) => p[0] !== x || p[1] !== y);
}

const naturalEarths = new WeakSet<GeoProjection>();

/**
 * A Natural Earth projection fitted to `width`×`height`: to the globe, or to the data's points
 * (falling back to the globe with fewer than two distinct points).
 */
export function makeProjection({
  width,
  height,
  fit,
  points,
  padding = 16,
  maxZoom = 6,
}: ProjectionOptions): GeoProjection {
  const extent: [[number, number], [number, number]] = [
    [padding, padding],
    [Math.max(padding + 1, width - padding), Math.max(padding + 1, height - padding)],
  ];
  const projection = geoNaturalEarth1().precision(0.5).fitExtent(extent, { type: 'Sphere' });
  naturalEarths.add(projection);
  const worldScale = projection.scale();
  const worldTranslate = projection.translate();
  if (fit === 'world' || !twoDistinct(points)) return projection;
  projection.fitExtent(extent, { type: 'MultiPoint', coordinates: points as [number, number][] });
  const scale = Math.min(projection.scale(), worldScale * maxZoom);
  // Back to the globe's fit (the same scale and translation fitting the sphere again would find).
  if (scale < worldScale) return projection.scale(worldScale).translate(worldTranslate);
  projection.scale(scale);
  // Re-centre the points' bounding box after clamping the scale.
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    const xy = projection([p[0], p[1]]);
    if (!xy) continue;
    [x0, y0, x1, y1] = [Math.min(x0, xy[0]), Math.min(y0, xy[1]), Math.max(x1, xy[0]), Math.max(y1, xy[1])];
  }
  const [tx, ty] = projection.translate();
  return projection.translate([tx + width / 2 - (x0 + x1) / 2, ty + height / 2 - (y0 + y1) / 2]);
}

const RAD = Math.PI / 180;
/**
 * The projection's point function without d3's per-point pipeline (degrees to radians, an identity
 * rotation, the scale and translation as separate steps) when it is `makeProjection`'s unrotated Natural
 * Earth, else the projection itself: the same points, for tracing tens of thousands of legs.
 */
export function pointProjector(projection: GeoProjection): Project {
  const [a, b, c] = projection.rotate();
  const [cx, cy] = projection.center();
  if (
    !naturalEarths.has(projection) ||
    a ||
    b ||
    c ||
    cx ||
    cy ||
    projection.angle() ||
    projection.reflectX() ||
    projection.reflectY()
  )
    return projection;
  const k = projection.scale();
  const [tx, ty] = projection.translate();
  // Indexed reads, not destructuring (which runs the array iterator in cold code: ~9 MB of garbage at 10,000 legs).
  return (p) => {
    let l = p[0] * RAD;
    // As d3's identity rotation: longitudes past ±180° wrap.
    if (Math.abs(l) > Math.PI) l -= Math.round(l / (2 * Math.PI)) * 2 * Math.PI;
    const xy = geoNaturalEarth1Raw(l, p[1] * RAD);
    return [tx + k * (xy[0] as number), ty - k * (xy[1] as number)];
  };
}
