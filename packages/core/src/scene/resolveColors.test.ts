import { describe, expect, it } from 'vitest';
import { mixColors, resolveColors, themePalette } from './resolveColors.js';

describe('themePalette', () => {
  it('gives a literal colour for every theme variable, different in light and dark', () => {
    const light = themePalette('light');
    const dark = themePalette('dark');
    expect(light.bg).toMatch(/^#[0-9a-f]{6}$/);
    expect(Object.keys(light).sort()).toEqual(Object.keys(dark).sort());
    expect(light.bg).not.toBe(dark.bg);
    expect(Object.values(light).some((v) => v.includes('var('))).toBe(false);
  });
});

describe('resolveColors', () => {
  const palette = { fg: '#111111', bg: '#ffffff', grid: '#dddddd' };
  it('replaces theme variables, fallbacks with parentheses, nested vars and unknown names', () => {
    expect(
      resolveColors(
        '<path style="fill:var(--pl-fg);stroke:var(--pl-lane, color-mix(in srgb, var(--pl-grid) 50%, var(--pl-bg)))" color="var(--other)"/>',
        palette,
      ),
    ).toBe('<path style="fill:#111111;stroke:#eeeeee" color="currentColor"/>');
  });
  it('resolves palette values that are variables themselves, and folds simple calc()', () => {
    expect(
      resolveColors('<g style="fill:var(--pl-group-x);stroke-width:calc(1.2px / var(--pl-net-k, 1))"/>', {
        'group-x': 'var(--parklinks-group-x, #d55e00)',
      }),
    ).toBe('<g style="fill:#d55e00;stroke-width:1.2px"/>');
  });
  it('leaves markup without variables alone', () => {
    expect(resolveColors('<rect fill="#abc"/>', palette)).toBe('<rect fill="#abc"/>');
  });
});

describe('mixColors', () => {
  it('mixes two hex colours in sRGB by the given percentage', () => {
    expect(mixColors('color-mix(in srgb, #ff0000 25%, #0000ff)')).toBe('#4000bf');
    expect(mixColors('color-mix(in srgb, #fff, #000)')).toBe('#808080');
    expect(mixColors('color-mix(in oklab, #fff, #000)')).toBe('color-mix(in oklab, #fff, #000)');
  });
});
