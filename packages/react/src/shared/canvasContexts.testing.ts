import { vi } from 'vitest';

/**
 * For unit tests in jsdom, which has no canvas: every `<canvas>` hands out one context of `make()`'s, the same on each
 * `getContext` call, so a test can read what a layer drew. Undone by `vi.restoreAllMocks()`.
 */
export function stubCanvasContexts<T extends object>(make: () => T): void {
  const contexts = new WeakMap<HTMLCanvasElement, T>();
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (this: HTMLCanvasElement) {
    const ctx = contexts.get(this) ?? make();
    contexts.set(this, ctx);
    return ctx as unknown as CanvasRenderingContext2D;
  } as unknown as typeof HTMLCanvasElement.prototype.getContext);
}
