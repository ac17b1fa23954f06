import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useResolvedTheme } from './hooks.js';

function Theme({ theme, n = 0 }: { theme: 'light' | 'dark' | 'auto'; n?: number }) {
  return <span data-render={n}>{useResolvedTheme(theme)}</span>;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('useResolvedTheme', () => {
  it("asks matchMedia once however often a chart renders, and follows the reader's preference when it changes", () => {
    let matches = false;
    const listeners = new Set<() => void>();
    const list = {
      get matches() {
        return matches;
      },
      addEventListener: (_: string, cb: () => void) => listeners.add(cb),
      removeEventListener: (_: string, cb: () => void) => listeners.delete(cb),
    };
    const matchMedia = vi.fn((_query: string) => list);
    vi.stubGlobal('matchMedia', matchMedia);
    const { container, rerender } = render(<Theme theme="auto" n={0} />);
    for (let n = 1; n <= 10; n++) rerender(<Theme theme="auto" n={n} />);
    expect(container.textContent).toBe('light');
    expect(matchMedia).toHaveBeenCalledTimes(1);
    expect(matchMedia).toHaveBeenCalledWith('(prefers-color-scheme: dark)');
    act(() => {
      matches = true;
      for (const cb of listeners) cb();
    });
    expect(container.textContent).toBe('dark');
    // A page (or a test) that replaces matchMedia is asked again.
    const other = vi.fn((_query: string) => ({ ...list, matches: false }));
    vi.stubGlobal('matchMedia', other);
    rerender(<Theme theme="auto" n={11} />);
    expect(other).toHaveBeenCalledTimes(1);
    expect(container.textContent).toBe('light');
  });

  it("gives a fixed theme whatever the reader's preference", () => {
    vi.stubGlobal('matchMedia', () => ({ matches: true, addEventListener() {}, removeEventListener() {} }));
    const { container, rerender } = render(<Theme theme="light" />);
    expect(container.textContent).toBe('light');
    rerender(<Theme theme="auto" />);
    expect(container.textContent).toBe('dark');
  });
});
