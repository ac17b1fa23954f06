import type { BrowserContext } from 'playwright-core';

export type Measurement = {
  firstRenderMs: number;
  presentedMs: number;
  layoutMs: number | null;
  heapMB: number;
  elements: number;
  hoverMs?: number | null;
  hoverPresentedMs?: number | null;
  hoverWarmMs?: number | null;
  hoverWarmPresentedMs?: number | null;
  selectMs?: number | null;
  selectPresentedMs?: number | null;
  selectWarmMs?: number | null;
  selectWarmPresentedMs?: number | null;
  selectTarget?: string;
  hoverChanges?: number;
  hoverTarget?: string;
  messages?: string[];
  error?: undefined;
};
export function launchBench(): Promise<BrowserContext>;
export function browserVersion(context: BrowserContext): Promise<string>;
export function measurePage(
  context: BrowserContext,
  url: string,
  options?: {
    quietMs?: number;
    timeoutMs?: number;
    hover?: boolean;
    select?: boolean;
    profile?: { data?: unknown; hoverOnly?: boolean };
  },
): Promise<Measurement | { error: string; messages: string[] }>;
