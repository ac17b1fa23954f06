export { collectionFiles, type LoadResult, loadDatasetDir } from './loadDatasetDir.js';
