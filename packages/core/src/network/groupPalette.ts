import type { CssVariables } from '../shared/theme.js';
import { type CountryGroup, countryGroups } from './countryGroup.js';

type Pair = [light: string, dark: string];
// Okabe–Ito hues (as the shared kind palette), darker in light mode and lighter in dark mode so
// each disc keeps ≥ 3:1 contrast with the background; blue and sky blue differ in lightness.
const palette: Record<CountryGroup | 'other', Pair> = {
  china: ['#d55e00', '#f0895a'],
  russia: ['#0072b2', '#56b4e9'],
  europe: ['#008060', '#3fcf9f'],
  'asia-pacific': ['#a87a00', '#e6b422'],
  'middle-east-africa': ['#b8538f', '#e3a3c8'],
  americas: ['#4d4dc0', '#a5a5ff'],
  other: ['#5c6570', '#a3acb7'],
};

/** The country-group colours by name (`group-china` …), for renderers without CSS variables (a scene's `colors`). */
export function groupColors(theme: 'light' | 'dark'): Record<string, string> {
  const colors: Record<string, string> = {};
  for (const g of [...countryGroups, 'other'] as const) colors[`group-${g}`] = palette[g][theme === 'dark' ? 1 : 0];
  return colors;
}

/**
 * The country-group colours as `--pl-group-<group>` custom properties, each overridable from the
 * host page with `--parklinks-group-<group>` (like the shared theme's colours).
 */
export function groupPalette(theme: 'light' | 'dark'): CssVariables {
  const vars: Record<string, string> = {};
  for (const [name, color] of Object.entries(groupColors(theme)))
    vars[`--pl-${name}`] = `var(--parklinks-${name}, ${color})`;
  return vars;
}
