import type { Basemap } from '@parklinks/core/map';
import { worldBasemap } from '@parklinks/core/map';
import { PartnershipMapBase, type PartnershipMapBaseProps } from './PartnershipMapBase.js';

export type PartnershipMapProps = Omit<PartnershipMapBaseProps, 'basemap'> & {
  /**
   * What is drawn under the partnerships: a TopoJSON topology (e.g. world-atlas' 50m world) or a GeoJSON
   * FeatureCollection (one country's provinces). Default: the built-in world (world-atlas 110m, simplified).
   * To leave the built-in world out of a bundle, use `PartnershipMapBase`.
   */
  basemap?: Basemap;
};

/**
 * World map of partnerships: organizations as markers sized by their partnerships and coloured by
 * kind, grouped by city; unnamed parties at country level; one arc per partnership leg.
 */
export function PartnershipMap({ basemap = worldBasemap, ...props }: PartnershipMapProps) {
  return <PartnershipMapBase {...props} basemap={basemap} />;
}
