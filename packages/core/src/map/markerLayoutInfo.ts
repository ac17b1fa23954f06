// What a marker layout was made from, kept beside its array (not part of the public API): a later layout for one more
// open cluster can then change only that cluster's neighbourhood (`relayoutMarkers`).
import type { ZoomTransform } from '../shared/zoomMath.js';
import type { Project } from './arcPaths.js';
import type { MapModel } from './buildMapModel.js';
import type { MapMarker } from './layoutMarkers.js';

/** A box in screen px. */
export type Region = { x0: number; y0: number; x1: number; y1: number };

export type MarkerLayoutInfo = {
  model: MapModel;
  project: Project;
  t: ZoomTransform;
  open: ReadonlySet<string>;
  options: { openZoom: number; scale: number; area: number; maxCover: number; minShrink: number };
  /** The crowd shrink applied to every radius (1: none). */
  shrink: number;
  /** For a layout derived from another by opening one cluster: that layout, and the box where markers changed. */
  from?: { markers: readonly MapMarker[]; region: Region };
};

const layouts = new WeakMap<readonly MapMarker[], MarkerLayoutInfo>();

export const rememberLayout = (markers: readonly MapMarker[], info: MarkerLayoutInfo) => {
  layouts.set(markers, info);
};
export const layoutInfo = (markers: readonly MapMarker[]): MarkerLayoutInfo | undefined => layouts.get(markers);
