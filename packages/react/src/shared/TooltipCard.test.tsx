import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmCardFonts } from './TooltipCard.js';

afterEach(() => vi.unstubAllGlobals());

describe('warmCardFonts', () => {
  it('measures a text in the card’s size, regular and bold, in the chart’s family, once the page is idle', () => {
    const fonts: string[] = [];
    const ctx = {
      set font(f: string) {
        fonts.push(f);
      },
      measureText: vi.fn(),
    };
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(ctx as unknown as CanvasRenderingContext2D);
    let idle: (() => void) | undefined;
    const cancel = vi.fn();
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => {
      idle = cb;
      return 7;
    });
    vi.stubGlobal('cancelIdleCallback', cancel);
    const el = document.createElement('div');
    el.style.fontSize = '20px';
    el.style.fontFamily = 'Inter, sans-serif';
    document.body.append(el);
    const stop = warmCardFonts(el);
    expect(fonts).toEqual([]);
    idle?.();
    expect(fonts).toEqual(['400 17px Inter, sans-serif', '700 17px Inter, sans-serif']);
    expect(ctx.measureText).toHaveBeenCalledTimes(2);
    stop?.();
    expect(cancel).toHaveBeenCalledWith(7);
  });

  it('does nothing where the browser has no idle callbacks', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const spy = vi.spyOn(HTMLCanvasElement.prototype, 'getContext');
    expect(warmCardFonts(document.createElement('div'))).toBeUndefined();
    expect(spy).not.toHaveBeenCalled();
  });
});
