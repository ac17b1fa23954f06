export type { LaneBy, TimeRange } from '@parklinks/core/timeline';
export { PartnershipTimeline, type PartnershipTimelineProps } from './PartnershipTimeline.js';
