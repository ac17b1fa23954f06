import type { Dataset } from '@parklinks/data';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseAttributes } from '../attributes.js';
import { frameAllowance } from '../element/reserve.js';
import { type LiveProps, liveChart, WAKING_CLASS } from '../liveChart.js';
import { nextBatch } from '../mountChart.js';

// The first draw of an interactive chart over a static picture (LiveChart.wake), in jsdom with a stand-in chart:
// jsdom has no layout, so a chart measures as its drawing plus a frame of `frame` px.
const WIDTH = 680;
const TARGET = 560;
const data = { organizations: [], partnerships: [], sources: [] } as unknown as Dataset;

function setup(frame: number) {
  const heights: (number | undefined)[] = [];
  const live = liveChart((p) => {
    heights.push(p.height);
    return createElement('figure', { className: 'parklinks', 'data-height': p.height, tabIndex: 0 }, 'live chart');
  });
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const h = Number(this.querySelector('figure')?.getAttribute('data-height') ?? 0);
    return { height: h + frame, width: WIDTH } as DOMRect;
  });
  const box = document.createElement('div');
  const picture = document.createElement('div');
  picture.className = 'parklinks-static';
  picture.tabIndex = 0;
  box.append(picture);
  document.body.append(box);
  const props: LiveProps = {
    view: 'map',
    data,
    options: parseAttributes(() => null).options,
    width: WIDTH,
    height: TARGET,
    selectedId: null,
    onSelect: () => {},
  };
  /** What the reader sees at each pause between the wake's tasks. */
  const seen: { step: string; picture: boolean; hidden: string | undefined; drawn: boolean }[] = [];
  const pause = (go: (step: string) => boolean) => async (step: string) => {
    const layer = box.querySelector<HTMLElement>(`.${WAKING_CLASS}`);
    seen.push({
      step,
      picture: picture.isConnected,
      hidden: layer?.style.getPropertyValue('visibility'),
      drawn: !!layer?.querySelector('figure'),
    });
    return go(step);
  };
  /** The whole wake, every pause letting it go on. */
  const wakeThrough = () =>
    live.wake(
      box,
      props,
      pause(() => true),
    );
  return { live, box, picture, props, heights, seen, pause, wakeThrough };
}

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('LiveChart.wake: the interactive chart replaces the static picture', () => {
  it('is drawn behind the picture, which stays in view until the chart is drawn and measured, then swapped in', async () => {
    const { box, picture, heights, seen, wakeThrough } = setup(frameAllowance(WIDTH, 'map'));
    expect(await wakeThrough()).toBe(true);
    // Between the tasks the reader sees the picture; the chart is already drawn, hidden, behind it.
    expect(seen.map((s) => s.step)).toEqual(['live:rendered']);
    expect(seen.every((s) => s.picture && s.hidden === 'hidden' && s.drawn)).toBe(true);
    // Then the chart alone, in view.
    expect(picture.isConnected).toBe(false);
    expect(box.querySelector(`.${WAKING_CLASS}`)).toBeNull();
    expect(box.textContent).toBe('live chart');
    expect(box.querySelector<HTMLElement>('div')!.style.getPropertyValue('visibility')).toBe('');
    // Its frame was as estimated: drawn once.
    expect(heights).toEqual([TARGET - frameAllowance(WIDTH, 'map')]);
  });

  it('draws a second time, in a task of its own and still hidden, when its frame came out taller', async () => {
    const frame = frameAllowance(WIDTH, 'map') + 60;
    const { live, box, props, heights, seen, wakeThrough } = setup(frame);
    expect(await wakeThrough()).toBe(true);
    expect(seen.map((s) => s.step)).toEqual(['live:rendered', 'live:measured', 'live:refitted']);
    expect(seen.every((s) => s.picture && s.hidden === 'hidden')).toBe(true);
    expect(heights).toEqual([TARGET - frameAllowance(WIDTH, 'map'), TARGET - frame]);
    // A later draw of the same element (a resize, an attribute) draws once, into the chart shown.
    live.draw(box, props);
    expect(heights.at(-1)).toBe(TARGET - frame);
    expect(heights).toHaveLength(3);
    expect(box.querySelectorAll('figure')).toHaveLength(1);
  });

  it('keeps the focus of a reader who tabbed to the picture, on the chart that replaced it', async () => {
    const { box, picture, wakeThrough } = setup(frameAllowance(WIDTH, 'map'));
    picture.focus();
    expect(document.activeElement).toBe(picture);
    expect(await wakeThrough()).toBe(true);
    expect(document.activeElement).toBe(box.querySelector('figure'));
  });

  it('leaves the picture alone, and no hidden chart behind it, when told to stop (the element changed or went)', async () => {
    const { live, box, picture, props, pause } = setup(frameAllowance(WIDTH, 'map'));
    expect(
      await live.wake(
        box,
        props,
        pause(() => false),
      ),
    ).toBe(false);
    expect(picture.isConnected).toBe(true);
    expect(box.children).toHaveLength(1);
    expect(box.querySelector('figure')).toBeNull();
    // The element then draws the chart at once, in place of the picture.
    live.draw(box, props);
    expect(picture.isConnected).toBe(false);
    expect(box.querySelectorAll('figure')).toHaveLength(1);
  });
});

describe('nextBatch: a first paint parses its marks in batches sized to its pace', () => {
  it('takes as many marks as parse in about 12 ms at the last batch’s pace', () => {
    // 16 marks in 48 ms (a slow phone, cold): 4 next; in 6 ms: 32 next.
    expect(nextBatch(16, 48)).toBe(4);
    expect(nextBatch(16, 6)).toBe(32);
    expect(nextBatch(40, 12)).toBe(40);
  });

  it('never fewer than 4 nor more than 160, whatever the clock says', () => {
    expect(nextBatch(4, 500)).toBe(4);
    expect(nextBatch(100, 0)).toBe(160);
    expect(nextBatch(1, 0.1)).toBe(24);
  });
});
