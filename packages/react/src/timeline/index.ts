export { eventExtent, type MarkExtent, type MarkShape, shapeOf } from './eventExtent.js';
export { keyboardIndex } from './keyboardIndex.js';
export { type LaneBy, type LaneKey, laneOf, partnerCountry } from './laneOf.js';
export {
  type LaidLane,
  type LaidMark,
  type LaneEvent,
  type LaneLayout,
  type LaneLayoutOptions,
  layoutLanes,
} from './layoutLanes.js';
export { layoutTray, type TrayChip, type TrayLayout } from './layoutTray.js';
export { layoutVertical, type VerticalLayout, type VerticalMark, type VerticalOptions } from './layoutVertical.js';
export { type TimelineMessages, timelineMessages } from './messages.js';
export { PartnershipTimeline, type PartnershipTimelineProps } from './PartnershipTimeline.js';
export { type PackItem, type PackResult, packLanes } from './packLanes.js';
export { prepareEvents, type TimelineItem, type TimelineLane, type TimelineModel } from './prepareEvents.js';
export {
  clampDomain,
  panDomain,
  rangeFromBrush,
  revealInDomain,
  type TimeRange,
  timeBounds,
  zoomDomain,
} from './zoomDomain.js';
