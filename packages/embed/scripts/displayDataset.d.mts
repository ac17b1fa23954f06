import type { Dataset } from '@parklinks/data';

export const displayLanguages: string[];
export function displayDataset(data: Dataset): Dataset;
export function displayDatasetModule(source: string): string;
