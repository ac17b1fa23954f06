import type { BrowserContext } from 'playwright-core';

export const articleCss: string;
export const probeJs: string;
export function articlePage(script: string, element: string): string;
export const viewports: Record<'desktop' | 'phone', object>;
export function launchArticle(name: 'desktop' | 'phone'): Promise<BrowserContext>;
export type ArticleFigures = {
  cls: number;
  shifts: number;
  longestTask: number;
  tbt: number;
  tasks: number;
  paintedMs: number;
  height: number;
  alert: string | null;
  errors: string[];
  wake: { ms: number; longestTask: number } | null;
};
export function measureArticle(
  context: BrowserContext,
  url: string,
  options?: { rate?: number; quietMs?: number; timeoutMs?: number; wake?: boolean },
): Promise<ArticleFigures>;
export function writeArticlePages(
  dir: string,
  cases: Record<string, { script: string; element: string }>,
): Record<string, string>;
export function median(xs: number[]): number;
