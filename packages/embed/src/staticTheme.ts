import type { Theme } from '@parklinks/core';

/**
 * The theme a static drawing (first paint, SVG/PNG download) takes for an element's `theme`: `auto` follows the
 * reader's system, as the interactive chart does.
 */
export function staticTheme(theme: Theme): 'light' | 'dark' {
  if (theme !== 'auto') return theme;
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
