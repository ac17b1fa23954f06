import type { Dataset } from '@parklinks/data';

export const displayLanguages: string[];
export function displayDataset(data: Dataset): Dataset;
export function displayDatasetModule(source: string): string;
/** What a first paint draws (not a whole data set: partnerships lack summary, signatories, amounts, sources). */
export type DrawPart = { organizations: Dataset['organizations']; partnerships: object[]; sources: { id: string }[] };
export type DetailsPart = { organizations: object[]; partnerships: object[]; sources: object[] };
export function splitDisplayDataset(display: Dataset, locale?: string): { draw: DrawPart; details: DetailsPart };
export function mergeDetails(draw: DrawPart, details: DetailsPart): Dataset;
export function builtinModule(source: string, locale: string): string;
export function detailsModule(source: string): string;
export function datesModule(source: string, locale: string): string;
export function parseDatasetModule(source: string): Dataset;
/** Country names in `locale` of every country the records name, as this runtime's Intl gives them. */
export function countryNames(data: DrawPart, locale: string): Record<string, string>;
/** Texts in `locale` of every partnership date in the records and of the years around them. */
export function dateTexts(data: DrawPart, locale: string): Record<string, string>;
