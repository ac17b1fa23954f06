import type { Dataset } from '@parklinks/data';

let data: Promise<Dataset> | undefined;
let loaded: typeof import('./builtin.js') | undefined;

/**
 * The built-in data set, for elements without `src`: its own chunk, fetched once by the first such element of
 * any view (an element with `src` never fetches it). It holds what a first paint draws; see `builtinDetails`.
 */
export const builtinData = (): Promise<Dataset> => {
  data ??= import('./builtin.js').then((m) => {
    loaded = m;
    return m.dataset;
  });
  return data;
};

/** Completes the built-in data set (summaries, signatories, sources) before an interactive chart draws from it. */
export const builtinDetails = (): Promise<void> => loaded?.completeDataset() ?? Promise.resolve();
