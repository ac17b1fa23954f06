import { buildTimelineSceneSteps } from '@parklinks/core/timeline';
import { syntheticDataset } from '@parklinks/data';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { liveChart } from '../liveChart.js';
import { mountView, runInTasks } from '../mountChart.js';

// An element's whole life in jsdom, with the timeline's real first paint and a stand-in interactive chart: the picture
// is built unseen and shown once complete; the reader's pointer swaps the chart in; an attribute changed during the
// swap is drawn. jsdom has no layout: everything measures 680 px wide.
const data = syntheticDataset({ parks: 40, links: 60, seed: 3 });
const until = async (ok: () => boolean, ms = 5000) => {
  const t0 = Date.now();
  while (!ok()) {
    if (Date.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
};

function setup() {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(
    () => ({ width: 680, height: 400 }) as DOMRect,
  );
  const drawn: string[] = [];
  const live = liveChart((p) => {
    drawn.push(p.title ?? '');
    return createElement('figure', { className: 'parklinks' }, `live: ${p.title ?? 'no heading'}`);
  });
  const mount = mountView(
    'timeline',
    {
      scene: (d, { whole, filtered, ...o }) => runInTasks(buildTimelineSceneSteps(d, o)),
      keep: 'scroll',
      live: () => Promise.resolve(live),
    },
    data,
  );
  const host = document.createElement('div');
  host.setAttribute('download', 'off');
  const box = document.createElement('div');
  host.append(box);
  document.body.append(host);
  const controller = mount(host, box as HTMLDivElement);
  return { host, box, drawn, controller };
}

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('an element’s first paint and wake', () => {
  it('builds its picture unseen (aria-hidden), batch by batch, and shows it only once every mark is in', async () => {
    const { box } = setup();
    const seen: { building: number; marks: number; shown: boolean }[] = [];
    await until(() => {
      const building = box.querySelector<HTMLElement>('.parklinks-building');
      if (building)
        seen.push({
          building: 1,
          marks: building.querySelectorAll('g[data-layer] > *').length,
          shown: building.getAttribute('aria-hidden') !== 'true',
        });
      return !!box.querySelector('.parklinks-static');
    });
    // Seen while building, never exposed; growing batch by batch.
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.some((s) => s.shown)).toBe(false);
    expect(new Set(seen.map((s) => s.marks)).size).toBeGreaterThan(1);
    const picture = box.querySelector('.parklinks-static')!;
    expect(picture.getAttribute('aria-hidden')).toBeNull();
    expect(box.querySelector('.parklinks-building')).toBeNull();
    expect(box.querySelector('.parklinks-slot')!.children).toHaveLength(1);
  });

  it('swaps in the interactive chart when the reader points at it, and draws an attribute changed meanwhile', async () => {
    const { host, box, drawn, controller } = setup();
    await until(() => !!box.querySelector('.parklinks-static'));
    host.dispatchEvent(new Event('pointermove'));
    // The chart is drawn hidden behind the picture, which is still there.
    await until(() => !!box.querySelector('.parklinks-waking figure'));
    expect(box.querySelector('.parklinks-static')).not.toBeNull();
    // The element's update runs on attribute changes; here the controller is called as the host element would.
    host.setAttribute('heading', 'Changed');
    controller.update();
    await until(() => drawn.includes('Changed') && !box.querySelector('.parklinks-static'));
    await until(() => box.textContent === 'live: Changed');
    expect(box.querySelector('.parklinks-waking')).toBeNull();
    expect(box.querySelectorAll('figure')).toHaveLength(1);
  });
});
