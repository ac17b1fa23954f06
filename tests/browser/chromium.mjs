// Finds a Chromium without downloading anything outside the npm registry: a system Chromium when
// present, else the one @sparticuz/chromium ships (installed by `pnpm install`).
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
];

// CHROMIUM_PATH=<file> picks a build; PARKLINKS_CHROMIUM=bundled forces the one from @sparticuz/chromium even when
// the machine has its own (the tiers must pass with both).
export async function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (process.env.PARKLINKS_CHROMIUM !== 'bundled')
    for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'])
      if (existsSync(p)) return p;
  const { default: sparticuz } = await import('@sparticuz/chromium');
  return sparticuz.executablePath();
}

/** A fresh headless browser context with its own profile directory. */
export async function launch(options = {}) {
  const executablePath = await chromiumPath();
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'parklinks-chromium-')), {
    executablePath,
    args: chromiumArgs,
    headless: true,
    viewport: { width: 1100, height: 800 },
    ...options,
  });
}
