export {
  type ArcStyle,
  type Basemap,
  type CountryFeature,
  type MapFit,
  worldBasemap,
} from '@parklinks/core/map';
export { PartnershipMap, type PartnershipMapProps } from './PartnershipMap.js';
export { PartnershipMapBase, type PartnershipMapBaseProps } from './PartnershipMapBase.js';
