export { PartnershipNetwork, type PartnershipNetworkProps } from './PartnershipNetwork.js';
