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
  /** When the first hover's change was drawn (the trace's `Display::DrawAndSwap` after its commit was rastered). */
  hoverDrawnMs?: number | null;
  hoverWarmDrawnMs?: number | null;
  selectMs?: number | null;
  selectPresentedMs?: number | null;
  selectWarmMs?: number | null;
  selectWarmPresentedMs?: number | null;
  selectDrawnMs?: number | null;
  selectWarmDrawnMs?: number | null;
  selectTarget?: string;
  hoverChanges?: number;
  hoverTarget?: string;
  messages?: string[];
  error?: undefined;
};
type TraceEvent = { name: string; cat?: string; ph?: string; ts: number; dur?: number; args?: unknown };
/** Ms from each `pl-…` act mark to its content frame, commit, activation and draw, and the raster tasks between. */
export function actSteps(events: TraceEvent[]): Record<
  string,
  {
    frame: number | null;
    commit: number | null;
    activated: number | null;
    drawn: number | null;
    rasterTasks: number | null;
  }
>;
/** Ms from each `pl-…` mark to the end of the draw that showed its change, by mark name (see measure.mjs). */
export function drawnAfterMarks(events: TraceEvent[]): Record<string, number | null>;
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
