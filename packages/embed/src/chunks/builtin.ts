// The built-in data set of the loader's elements. In the browser build (scripts/build.mjs) each builtin-<locale>.ts
// is replaced by the display copy in two parts — what a first paint in that locale draws, and the details
// (summaries, signatories, sources, names in every language), which `completeDataset` fetches and puts back into
// the same records before the interactive chart draws.
import { dataset } from '@parklinks/data/dataset';

export { dataset };

/** Country names in the chunk's locale, for core's `addCountryNames` (here none: Intl names them). */
export const countryNames: Readonly<Record<string, string>> = {};

/** Puts the details back into `dataset` (here, outside the browser build, it is whole already). */
export const completeDataset = (): Promise<void> => Promise.resolve();
