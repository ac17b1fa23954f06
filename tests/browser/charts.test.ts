// Interaction in real Chromium for each chart component that has stories (Components/Partnership*, except the
// Explorer, which composes them): the keyboard reaches the chart's one tab stop and walks its marks with a visible
// focus ring, Enter selects (the story's onSelect action fires) and Escape clears, hovering a mark shows its
// tooltip, the zoom buttons zoom and reset, a plain wheel never zooms while Ctrl + wheel does, and the zoom
// buttons sit at the inline end (left in Arabic).
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import { launch } from './chromium.mjs';
import { collectMessages, isRtlStory, openStory, type StoryEntry, storyEntries } from './story';

const url = inject('storybookUrl');
const stories = storyEntries(inject('storybookDir'));
const charts = [...new Set(stories.map((s) => s.title))]
  .filter((t) => /^Components\/Partnership/.test(t) && !/Explorer/.test(t))
  .map((title) => {
    const own = stories.filter((s) => s.title === title);
    return {
      title,
      main: own.find((s) => s.name === 'Default') ?? own[0]!,
      rtl: own.find(isRtlStory),
    };
  });

let ctx: BrowserContext;
let page: Page;
let log: ReturnType<typeof collectMessages>;
beforeAll(async () => {
  ctx = await launch();
  page = await ctx.newPage();
  log = collectMessages(page);
});
afterAll(async () => {
  await ctx?.close();
});
beforeEach(() => {
  log.take();
});

/** Opens a story and records the Storybook actions it fires (argTypes `{ action: 'select' }`). */
async function open(story: StoryEntry) {
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.mouse.move(0, 0);
  await openStory(page, url, story.id);
  await page.evaluate(() => {
    type Channel = { emit: (name: string, ...args: unknown[]) => unknown };
    const w = window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: Channel; __plActions: unknown[] };
    w.__plActions = [];
    const channel = w.__STORYBOOK_ADDONS_CHANNEL__;
    const emit = channel.emit.bind(channel);
    channel.emit = (name, ...args) => {
      if (name === 'storybook/actions/action-event') w.__plActions.push((args[0] as { data: unknown }).data);
      return emit(name, ...args);
    };
  });
  const app = page.locator('figure.parklinks [role="application"]').first();
  await app.waitFor({ state: 'visible', timeout: 15_000 });
  return app;
}

const actions = () =>
  page.evaluate(() => (window as unknown as { __plActions: { name: string; args: unknown }[] }).__plActions);

/** Positions and sizes of the first marks, relative to the chart (so page scroll does not count). */
const geometry = (app: Locator) =>
  app.evaluate((el) => {
    const o = el.getBoundingClientRect();
    return [...el.querySelectorAll('[role="img"]')]
      .slice(0, 40)
      .map((m) => {
        const b = m.getBoundingClientRect();
        return [b.x - o.x, b.y - o.y, b.width].map((v) => Math.round(v)).join(',');
      })
      .join(' ');
  });

/** The chart's keyboard state: the active mark (aria-activedescendant), live-region text, a focus ring drawn. */
const keyboardState = () =>
  page.evaluate(() => {
    const a = document.activeElement;
    const fig = a?.closest('figure.parklinks');
    const id = a?.getAttribute('aria-activedescendant') ?? null;
    const mark = id ? document.getElementById(id) : null;
    return {
      id,
      markName: mark?.getAttribute('aria-label') ?? null,
      live: [...(fig?.querySelectorAll('[aria-live]') ?? [])].map((e) => e.textContent?.trim() ?? '').join(' | '),
      ring: !!fig?.querySelector('[style*="--pl-focus"], [stroke*="--pl-focus"]'),
    };
  });

/** Tabs from the top of the page until the chart's tab stop has focus; returns the number of presses. */
async function tabToChart() {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 1; i <= 25; i++) {
    await page.keyboard.press('Tab');
    const onChart = await page.evaluate(
      () =>
        document.activeElement?.getAttribute('role') === 'application' &&
        !!document.activeElement.closest('figure.parklinks'),
    );
    if (onChart) return i;
  }
  return -1;
}

describe.each(charts)('$title', ({ main, rtl }) => {
  test('the keyboard reaches the chart and the arrow keys walk its marks with a focus ring', async () => {
    await open(main);
    expect(await tabToChart(), 'Tab never reached the chart').toBeGreaterThan(0);
    const states = [await keyboardState()];
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'ArrowRight']) {
      await page.keyboard.press(key);
      states.push(await keyboardState());
    }
    const walked = new Set(states.map((s) => `${s.id}|${s.live}`).filter((s) => s !== 'null|'));
    expect(walked.size, `arrow keys did not move: ${JSON.stringify(states)}`).toBeGreaterThanOrEqual(2);
    for (const s of states.filter((x) => x.id)) expect(s.markName, `${s.id} names no mark`).toBeTruthy();
    expect(states.at(-1)!.ring, 'no focus ring (var(--pl-focus)) drawn').toBe(true);
    expect(log.take()).toEqual([]);
  });

  test('Enter selects (onSelect fires with an id) and Escape clears (onSelect fires with null)', async () => {
    await open(main);
    expect(await tabToChart()).toBeGreaterThan(0);
    await page.keyboard.press('ArrowRight');
    let selected: unknown;
    for (let i = 0; i < 3 && !selected; i++) {
      await page.keyboard.press('Enter');
      await page.waitForTimeout(100);
      selected = (await actions()).findLast((a) => /select/i.test(a.name) && a.args)?.args;
    }
    const wired = await page.evaluate(() => {
      type P = { __STORYBOOK_PREVIEW__?: { currentRender?: { story?: { argTypes?: Record<string, object> } } } };
      return JSON.stringify((window as unknown as P).__STORYBOOK_PREVIEW__?.currentRender?.story?.argTypes?.onSelect);
    });
    expect(selected, `Enter fired no onSelect with an id (story argTypes.onSelect: ${wired})`).toEqual(
      expect.any(String),
    );
    await page.keyboard.press('Escape');
    await page.waitForTimeout(100);
    const last = (await actions()).findLast((a) => /select/i.test(a.name));
    expect(last?.args ?? null, 'Escape did not clear the selection').toBeNull();
    expect(log.take()).toEqual([]);
  });

  test('hovering a mark shows its tooltip', async () => {
    const app = await open(main);
    const target = await app.evaluate((el) => {
      const marks = [...el.querySelectorAll('[role="img"][aria-label]')];
      const box = el.getBoundingClientRect();
      const centre = (m: Element) => {
        const b = m.getBoundingClientRect();
        return { x: b.x + b.width / 2, y: b.y + b.height / 2, w: b.width, h: b.height };
      };
      const visible = marks.filter((m) => {
        const c = centre(m);
        return c.w > 0 && c.h > 0 && c.x > box.left && c.x < box.right && c.y > box.top && c.y < box.bottom;
      });
      const hit = visible.find((m) => {
        const c = centre(m);
        return document.elementFromPoint(c.x, c.y)?.closest('[role="img"]') === m;
      });
      const m = hit ?? visible[0];
      return m ? { ...centre(m), label: m.getAttribute('aria-label') ?? '' } : null;
    });
    expect(target, 'no visible mark to hover').not.toBeNull();
    await page.mouse.move(target!.x - 30, target!.y - 30);
    await page.mouse.move(target!.x, target!.y, { steps: 5 });
    const tip = page.locator('figure.parklinks [role="tooltip"]').first();
    await tip.waitFor({ state: 'visible', timeout: 5000 });
    const text = (await tip.textContent()) ?? '';
    expect(text.replace(/\s+/g, ' ')).toContain(target!.label.slice(0, 12));
    await page.mouse.move(1, 1);
    await tip.waitFor({ state: 'hidden', timeout: 5000 });
    expect(log.take()).toEqual([]);
  });

  test('the zoom buttons zoom in and out and reset; a plain wheel does not zoom, Ctrl + wheel does', async () => {
    const app = await open(main);
    const fig = page.locator('figure.parklinks').first();
    const button = (name: string) => fig.getByRole('button', { name, exact: true });
    const settle = () => page.waitForTimeout(400);
    const start = await geometry(app);
    expect(start.length, 'no marks').toBeGreaterThan(0);
    await button('Zoom in').click();
    await settle();
    const zoomed = await geometry(app);
    expect(zoomed, 'Zoom in changed nothing').not.toBe(start);
    await button('Zoom out').click();
    await settle();
    expect(await geometry(app), 'Zoom out changed nothing').not.toBe(zoomed);
    await button('Zoom in').click();
    await button('Zoom in').click();
    await button('Reset zoom').click();
    await settle();
    expect(await geometry(app), 'Reset zoom did not restore the view').toBe(start);

    const box = (await app.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height, 400) / 2);
    await page.mouse.wheel(0, -240);
    await settle();
    expect(await geometry(app), 'a plain wheel zoomed the chart (it must scroll the page)').toBe(start);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -240);
    await page.keyboard.up('Control');
    await settle();
    expect(await geometry(app), 'Ctrl + wheel did not zoom').not.toBe(start);
    expect(log.take()).toEqual([]);
  });

  test('the zoom buttons sit at the inline end: right in English, left in Arabic', async () => {
    const side = async () => {
      const fig = page.locator('figure.parklinks').first();
      const f = (await fig.boundingBox())!;
      const b = (await fig.locator('button', { hasText: /^\+$/ }).first().boundingBox())!;
      return b.x + b.width / 2 < f.x + f.width / 2 ? 'left' : 'right';
    };
    await open(main);
    expect(await side()).toBe('right');
    expect(rtl, 'the component has no Arabic story').toBeDefined();
    await open(rtl!);
    expect(await page.locator('figure.parklinks').first().getAttribute('dir')).toBe('rtl');
    expect(await side()).toBe('left');
    expect(log.take()).toEqual([]);
  });
});
