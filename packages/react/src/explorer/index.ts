export {
  type ExplorerSelection,
  type ExplorerState,
  linkedSelection,
  queryFromState,
  stateFromQuery,
} from './explorerState.js';
export { type ExplorerMessages, explorerMessages } from './messages.js';
export { type ExplorerView, PartnershipExplorer, type PartnershipExplorerProps } from './PartnershipExplorer.js';
