import { useState, useSyncExternalStore } from 'react';

/**
 * A single value that components can read without their parent re-rendering: the pointer's hover
 * target lives here, so a hover re-renders only the highlight overlay and the tooltip that read it,
 * never the chart's static layers or the component that owns the store.
 */
export interface ValueStore<T> {
  get(): T;
  /** Sets the value; subscribers run only when it changes (`Object.is`). */
  set(value: T): void;
  subscribe(listener: () => void): () => void;
}

export function createValueStore<T>(initial: T): ValueStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const l of [...listeners]) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** A store that lives as long as the component that creates it. */
export function useValueStore<T>(initial: T): ValueStore<T> {
  return useState(() => createValueStore(initial))[0];
}

/** Reads a store and re-renders the calling component (only it) when the value changes. */
export function useStoreValue<T>(store: ValueStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
