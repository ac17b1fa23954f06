import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmLegs } from './mapHighlight.js';

afterEach(() => vi.unstubAllGlobals());

describe('warmLegs', () => {
  it('works in slices of at most sliceMs even when the browser offers a whole idle period, and finishes', () => {
    // A clock that only the legs move (0.5 ms each), and an idle callback queue run by hand, each offering 50 ms.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const queue: ((d: { timeRemaining: () => number }) => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (cb: (typeof queue)[number]) => queue.push(cb));
    vi.stubGlobal('cancelIdleCallback', () => {});
    const drawn: number[] = [];
    const legs = Array.from({ length: 100 }, (_, i) => i);
    warmLegs(
      (i) => {
        drawn.push(i);
        now += 0.5;
      },
      legs,
      4,
    );
    const slices: number[] = [];
    while (queue.length) {
      const before = drawn.length;
      const start = now;
      queue.shift()?.({ timeRemaining: () => 50 });
      slices.push(drawn.length - before);
      // A slice overruns its 4 ms by at most one batch of 8 legs (4 ms here).
      expect(now - start).toBeLessThanOrEqual(8);
    }
    expect(drawn).toEqual(legs);
    expect(slices.length).toBeGreaterThan(5);
  });

  it('stops when cancelled', () => {
    const queue: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => queue.push(cb));
    vi.stubGlobal('cancelIdleCallback', (id: number) => queue.splice(id - 1, 1));
    const drawn: number[] = [];
    const cancel = warmLegs((i) => drawn.push(i), [1, 2, 3]);
    cancel();
    for (const cb of queue) cb();
    expect(drawn).toEqual([]);
  });
});
