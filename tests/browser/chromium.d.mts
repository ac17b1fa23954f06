import type { BrowserContext, LaunchOptions } from 'playwright-core';

export const chromiumArgs: string[];
export function chromiumPath(): Promise<string>;
/** A fresh headless browser context with its own profile directory. */
export function launch(
  options?: Parameters<typeof import('playwright-core').chromium.launchPersistentContext>[1] & LaunchOptions,
): Promise<BrowserContext>;
