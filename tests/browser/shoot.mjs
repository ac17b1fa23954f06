#!/usr/bin/env node
// Screenshots of stories from a built Storybook, for a person to look at.
//   pnpm exec storybook build -o /tmp/sb-x --quiet
//   pnpm exec node tests/browser/shoot.mjs --dir /tmp/sb-x --out /tmp/shots [--width 1100] story-id …
// With no story ids it shoots every story in index.json. Prints console errors of each story.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from './chromium.mjs';
import { serve } from './serve.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dir: { type: 'string', default: 'storybook-static' },
    out: { type: 'string', default: 'tests/artifacts/screenshots' },
    width: { type: 'string', default: '1100' },
  },
});
const index = JSON.parse(readFileSync(join(values.dir, 'index.json'), 'utf8'));
const ids = positionals.length
  ? positionals
  : Object.values(index.entries)
      .filter((e) => e.type === 'story')
      .map((e) => e.id);
mkdirSync(values.out, { recursive: true });
const { url, close } = await serve(values.dir);
const ctx = await launch({ viewport: { width: Number(values.width), height: 800 } });
const page = await ctx.newPage();
for (const id of ids) {
  const logs = [];
  const onLog = (m) => (m.type() === 'error' || m.type() === 'warning') && logs.push(`${m.type()}: ${m.text()}`);
  const onErr = (e) => logs.push(`pageerror: ${e.message}`);
  page.on('console', onLog);
  page.on('pageerror', onErr);
  await page.goto(`${url}/iframe.html?id=${id}&viewMode=story`);
  await page.waitForSelector('#storybook-root > *', { timeout: 15000 }).catch(() => logs.push('story did not render'));
  await page.waitForTimeout(300);
  const file = join(values.out, `${id}.png`);
  await page
    .locator('#storybook-root')
    .screenshot({ path: file })
    .catch(() => page.screenshot({ path: file, fullPage: true }));
  console.log(`${file}${logs.length ? `\n  ${logs.join('\n  ')}` : ''}`);
  page.off('console', onLog);
  page.off('pageerror', onErr);
}
await ctx.close();
await close();
