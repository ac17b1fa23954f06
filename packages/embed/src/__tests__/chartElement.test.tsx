import { syntheticDataset } from '@parklinks/data';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createChartElement } from '../chartElement.js';
import { clearDatasetCache } from '../loadDataset.js';

// The element in jsdom with a stand-in chart: what a page shows while `src` loads, when it never
// answers, and when it is not a URL at all (issue 17).
type Element = HTMLElement & { rendered: boolean };
const Chart = createChartElement(
  'test',
  (p) => createElement('p', { className: 'drawn' }, `chart of ${p.data.partnerships.length}`),
  undefined,
) as CustomElementConstructor & {
  loadTimeout: number;
};
customElements.define('parklinks-test', Chart);

const text = (el: Element) => el.shadowRoot?.textContent ?? '';
const until = async (ok: () => boolean, ms = 3000) => {
  const t0 = Date.now();
  while (!ok()) {
    if (Date.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};
const mount = (src: string) => {
  const el = document.createElement('parklinks-test') as Element;
  el.setAttribute('loading', 'eager');
  el.setAttribute('src', src);
  document.body.append(el);
  return el;
};

afterEach(() => {
  document.body.replaceChildren();
  clearDatasetCache();
  vi.unstubAllGlobals();
  Chart.loadTimeout = 15_000;
});

describe('<parklinks-*> src', () => {
  it('shows a message naming a src that is not a URL, with no unhandled rejection', async () => {
    const rejections: unknown[] = [];
    const onRejection = (e: PromiseRejectionEvent | unknown) => rejections.push(e);
    process.on('unhandledRejection', onRejection);
    try {
      const el = mount('http://[');
      await until(() => text(el).includes('src'));
      expect(el.shadowRoot?.querySelector('[role="alert"]')?.textContent).toContain('"http://[" is not a URL');
      await new Promise((r) => setTimeout(r, 50));
      expect(rejections).toEqual([]);
    } finally {
      process.off('unhandledRejection', onRejection);
    }
  });

  it('shows a loading state at once, then the chart', async () => {
    let answer: (r: Response) => void = () => {};
    vi.stubGlobal('fetch', () => new Promise<Response>((r) => (answer = r)));
    const el = mount('https://example.org/slow.json');
    await until(() => text(el).length > 0);
    expect(el.shadowRoot?.querySelector('[role="status"]')?.textContent).toMatch(/Loading/);
    answer(new Response(JSON.stringify(syntheticDataset({ parks: 4, links: 3, seed: 2 }))));
    await until(() => text(el).includes('chart of'));
    expect(el.shadowRoot?.querySelector('[role="status"]')).toBeNull();
  });

  it('gives up on a src that never answers after loadTimeout, naming the URL, and aborts the request', async () => {
    let signal: AbortSignal | undefined;
    vi.stubGlobal('fetch', (_: string, init?: RequestInit) => {
      signal = init?.signal ?? undefined;
      return new Promise<Response>(() => {});
    });
    Chart.loadTimeout = 100;
    const el = mount('https://example.org/never.json');
    await until(() => text(el).includes('never.json') && !!el.shadowRoot?.querySelector('[role="alert"]'));
    expect(el.shadowRoot?.querySelector('[role="alert"]')?.textContent).toMatch(
      /could not load https:\/\/example\.org\/never\.json: no answer after 0\.1 s/,
    );
    expect(signal?.aborted).toBe(true);
  });
});
