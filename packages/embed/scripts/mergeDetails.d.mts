export { mergeDetails } from './displayDataset.mjs';
