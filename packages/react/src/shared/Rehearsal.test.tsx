import { syntheticDataset } from '@parklinks/data';
import { act, cleanup, render } from '@testing-library/react';
import { useEffect } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PartnershipMap } from '../map/PartnershipMap.js';
import { PartnershipNetwork } from '../network/PartnershipNetwork.js';
import { PartnershipTimeline } from '../timeline/PartnershipTimeline.js';
import { REHEARSAL_DELAY_MS, Rehearsal } from './Rehearsal.js';
import { createValueStore, useStoreValue, type ValueStore } from './valueStore.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function Reader({ store, seen }: { store: ValueStore<string | null>; seen: (string | null)[] }) {
  const v = useStoreValue(store);
  seen.push(v);
  useEffect(() => () => void seen.push('(removed)'), [seen]);
  return <span data-seen={v ?? ''}>{v}</span>;
}

const wait = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });

describe('Rehearsal', () => {
  it('renders its readers with the value, then with null, in no element of the document, then removes them', async () => {
    const store = createValueStore<string | null>(null);
    const seen: (string | null)[] = [];
    const { container } = render(
      <Rehearsal store={store} value="park-a">
        <Reader store={store} seen={seen} />
      </Rehearsal>,
    );
    expect(seen).toEqual([]);
    await wait(REHEARSAL_DELAY_MS - 10);
    expect(seen).toEqual([]);
    // Each step is a task of its own (and React's effects run between them).
    for (let i = 0; i < 4; i++) await wait(10);
    expect(seen).toEqual([null, 'park-a', null, '(removed)']);
    expect(store.get()).toBeNull();
    expect(container.innerHTML).toBe('');
    expect(document.querySelectorAll('[data-seen]')).toHaveLength(0);
  });

  it('does nothing once unmounted, nor without a value', async () => {
    const store = createValueStore<string | null>(null);
    const seen: (string | null)[] = [];
    const { unmount } = render(
      <Rehearsal store={store} value="park-a">
        <Reader store={store} seen={seen} />
      </Rehearsal>,
    );
    unmount();
    const none: (string | null)[] = [];
    render(
      <Rehearsal store={store} value={undefined}>
        <Reader store={store} seen={none} />
      </Rehearsal>,
    );
    await wait(REHEARSAL_DELAY_MS * 3);
    expect(seen).toEqual([]);
    expect(none).toEqual([]);
    expect(store.get()).toBeNull();
  });

  it('stays still once the window is gone (a chart left mounted when a test environment is torn down)', async () => {
    const store = createValueStore<string | null>(null);
    const seen: (string | null)[] = [];
    render(
      <Rehearsal store={store} value="park-a">
        <Reader store={store} seen={seen} />
      </Rehearsal>,
    );
    vi.stubGlobal('window', undefined);
    try {
      await wait(REHEARSAL_DELAY_MS * 3);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(seen).toEqual([]);
    expect(store.get()).toBeNull();
  });

  it('has no server markup', () => {
    const store = createValueStore<string | null>(null);
    const html = renderToString(
      <Rehearsal store={store} value="park-a">
        <b>x</b>
      </Rehearsal>,
    );
    expect(html).toBe('');
  });

  // The charts' own rehearsals: they build their overlays' elements (so the first hover's code has run), and the
  // page's markup is the same before and after (nothing added to it, nothing left).
  const data = syntheticDataset({ parks: 60, links: 120, seed: 3 });
  it.each([
    ['map', <PartnershipMap key="m" data={data} width={640} height={360} />],
    ['network', <PartnershipNetwork key="n" data={data} width={640} height={360} />],
    ['timeline', <PartnershipTimeline key="t" data={data} width={640} height={360} />],
  ])('the %s rehearses its hover without changing the page', async (_, chart) => {
    const { container } = render(chart);
    await wait(50);
    const before = container.innerHTML;
    const changed = vi.fn();
    const observer = new MutationObserver(changed);
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const svg = vi.spyOn(document, 'createElementNS');
    for (let i = 0; i < 8; i++) await wait(REHEARSAL_DELAY_MS / 4);
    observer.disconnect();
    // The highlight's marks (legs, rings), built off the page.
    expect(svg.mock.calls.map((c) => c[1]).filter((tag) => ['path', 'circle', 'rect'].includes(tag))).not.toEqual([]);
    expect(changed).not.toHaveBeenCalled();
    expect(container.innerHTML).toBe(before);
  });
});
