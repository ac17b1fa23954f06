export { type DatasetFilter, filterDataset, matchesFilter } from './filter.js';
export { languagesOf, localize } from './localize.js';
export {
  type DatasetIndex,
  findOrganization,
  findPartnership,
  findSource,
  indexDataset,
  partnershipCounts,
  partyCountries,
} from './lookup.js';
export { type DatasetSummary, summarize, summaryCounter } from './summarize.js';
export { type ArcEndpoint, convenerIndex, type MapArc, toMapArcs } from './toMapArcs.js';
export { type Network, type NetworkLink, type NetworkNode, toNetwork } from './toNetwork.js';
export { compareTimelineEvents, type TimelineEvent, toTimelineEvents } from './toTimelineEvents.js';
