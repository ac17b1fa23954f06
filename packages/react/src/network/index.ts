export { type CountryGroup, countryGroup, countryGroups } from './countryGroup.js';
export { type WalkContext, type WalkResult, type WalkState, walkGraph } from './graphWalk.js';
export { groupPalette } from './groupPalette.js';
export { describeNode, type Highlight, highlightOf } from './highlight.js';
export {
  defaultIterations,
  type LayoutNetworkOptions,
  layoutNetwork,
  type NetworkLayout,
  normalizedPositions,
  type PositionedNode,
} from './layoutNetwork.js';
export { linkPath } from './linkPath.js';
export { type LinkStyle, type LinkStyleKey, linkStyle, linkStyleKeys, linkStyles } from './linkStyle.js';
export { type NetworkMessages, networkMessages } from './messages.js';
export { type LinkView, type NetworkModel, type NodeView, networkModel } from './networkModel.js';
export { nodeColor } from './nodeColor.js';
export { internalNodeId, publicNodeId } from './nodeId.js';
export { nodeRadius } from './nodeRadius.js';
export { PartnershipNetwork, type PartnershipNetworkProps } from './PartnershipNetwork.js';
export {
  type LabelRequest as NetworkLabelRequest,
  type Obstacle,
  type PlacedLabel as NetworkPlacedLabel,
  type PlaceLabelsOptions as NetworkPlaceLabelsOptions,
  placeLabels as placeNetworkLabels,
} from './placeLabels.js';
