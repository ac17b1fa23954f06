import type { Theme } from '@parklinks/core';
import { type RefObject, useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';

/** useLayoutEffect in the browser, nothing on the server (avoids React's SSR warning). */
export const useIsomorphicLayoutEffect = typeof document !== 'undefined' ? useLayoutEffect : useEffect;

/** Smallest and largest width or height in px a chart draws at. */
export const MIN_CHART_SIZE = 40;
export const MAX_CHART_SIZE = 10_000;

/**
 * A width or height as given by a caller, made safe to lay out: a number clamped to
 * 40–10,000 px, or undefined (use the default) for NaN and anything not a number. The types ask
 * for a number, but a JavaScript caller can pass `Infinity`, which would otherwise hang the page.
 */
export function chartSize(value: unknown): number | undefined {
  if (typeof value !== 'number' || Number.isNaN(value)) return undefined;
  return Math.min(MAX_CHART_SIZE, Math.max(MIN_CHART_SIZE, value));
}

/**
 * Width and height of a chart: the given ones (through `chartSize`), or the container's measured by ResizeObserver.
 * The first render (server and hydration) uses `fallbackWidth` so both markups match.
 */
export function useContainerSize(
  width: number | undefined,
  height: number | undefined,
  {
    aspect = 0.56,
    fallbackWidth = 960,
    minHeight = 200,
  }: { aspect?: number; fallbackWidth?: number; minHeight?: number } = {},
): { ref: RefObject<HTMLDivElement | null>; width: number; height: number } {
  width = chartSize(width);
  height = chartSize(height);
  const ref = useRef<HTMLDivElement | null>(null);
  const [measured, setMeasured] = useState<number | null>(null);
  useIsomorphicLayoutEffect(() => {
    if (width !== undefined || !ref.current || typeof ResizeObserver === 'undefined') return;
    const el = ref.current;
    const update = () => {
      const w = Math.round(el.getBoundingClientRect().width);
      if (w > 0) setMeasured(w);
    };
    update();
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => ro.disconnect();
  }, [width]);
  const w = width ?? measured ?? fallbackWidth;
  return { ref, width: w, height: height ?? Math.max(minHeight, Math.round(w * aspect)) };
}

/**
 * State that is controlled when `value` is not undefined (null counts as controlled "none"),
 * uncontrolled otherwise; `onChange` fires either way.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange?: (next: T) => void,
): [T, (next: T) => void] {
  const [inner, setInner] = useState(defaultValue);
  const controlled = value !== undefined;
  const set = useCallback(
    (next: T) => {
      if (!controlled) setInner(next);
      onChange?.(next);
    },
    [controlled, onChange],
  );
  return [controlled ? (value as T) : inner, set];
}

const darkQuery = '(prefers-color-scheme: dark)';
const subscribe = (cb: () => void) => {
  if (typeof matchMedia === 'undefined') return () => {};
  const mq = matchMedia(darkQuery);
  mq.addEventListener('change', cb);
  return () => mq.removeEventListener('change', cb);
};
/** Resolves `auto` with the reader's colour-scheme preference (light on the server and while hydrating). */
export function useResolvedTheme(theme: Theme): 'light' | 'dark' {
  const prefersDark = useSyncExternalStore(
    subscribe,
    () => typeof matchMedia !== 'undefined' && matchMedia(darkQuery).matches,
    () => false,
  );
  return theme === 'auto' ? (prefersDark ? 'dark' : 'light') : theme;
}

/**
 * Runs `warm` once when the browser is next idle (at once where there is no `requestIdleCallback`), and again when
 * it changes: work a first interaction would otherwise pay for, done ahead of it. Null: nothing to do.
 */
export function useWhenIdle(warm: (() => void) | null | undefined): void {
  useEffect(() => {
    if (!warm) return;
    if (typeof requestIdleCallback !== 'function') return void warm();
    const id = requestIdleCallback(warm, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }, [warm]);
}
