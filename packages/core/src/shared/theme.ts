import type { OrganizationKind } from '@parklinks/data';

/** `auto` follows the reader's `prefers-color-scheme`. */
export type Theme = 'light' | 'dark' | 'auto';

/** Colour groups for organization kinds: seven, from the Okabe–Ito palette, safe under colour blindness. */
export const kindGroups = ['park', 'zone', 'cluster', 'government', 'developer', 'academia', 'association'] as const;
export type KindGroup = (typeof kindGroups)[number];

const groupOf: Record<OrganizationKind, KindGroup> = {
  'science-park': 'park',
  'hi-tech-zone': 'zone',
  'innovation-cluster': 'cluster',
  'city-government': 'government',
  'government-agency': 'government',
  'development-group': 'developer',
  company: 'developer',
  university: 'academia',
  'research-institute': 'academia',
  association: 'association',
};
/** Colour group of an organization kind. */
export function kindGroup(kind: OrganizationKind): KindGroup {
  return groupOf[kind];
}
/** CSS colour (a custom property) for an organization kind; use it in `style`, e.g. `style={{ fill: kindColor(k) }}`. */
export function kindColor(kind: OrganizationKind | undefined): string {
  return kind ? `var(--pl-kind-${groupOf[kind]})` : 'var(--pl-muted)';
}

type Palette = Record<string, string>;
/** Custom properties (and `colorScheme`) for an element's `style`: plain strings, usable by any renderer. */
export type CssVariables = Record<string, string>;

/** The theme's colours by name (`fg`, `kind-park` …), for renderers that cannot read CSS variables (a static SVG, a canvas). */
export function themePalette(theme: 'light' | 'dark'): Readonly<Palette> {
  return theme === 'dark' ? dark : light;
}
// Light: Okabe–Ito as published; dark: lighter tints so every mark keeps ≥ 3:1 contrast on the dark background.
const light: Palette = {
  bg: '#ffffff',
  fg: '#1b1f24',
  muted: '#5c6570',
  grid: '#d9dde2',
  border: '#c4cad1',
  surface: '#ffffff',
  land: '#eceff2',
  'land-active': '#cfe0ee',
  'land-stroke': '#ffffff',
  ocean: 'transparent',
  arc: '#0b5d99',
  accent: '#0072b2',
  focus: '#c2410c',
  'kind-park': '#0072b2',
  'kind-zone': '#d55e00',
  'kind-cluster': '#009e73',
  'kind-government': '#b8860b',
  'kind-developer': '#cc79a7',
  'kind-academia': '#3a9bd9',
  'kind-association': '#6b7280',
};
const dark: Palette = {
  bg: '#111418',
  fg: '#e8ebef',
  muted: '#a3acb7',
  grid: '#2e343c',
  border: '#3d454f',
  surface: '#1c2128',
  land: '#252b33',
  'land-active': '#2f4a63',
  'land-stroke': '#111418',
  ocean: 'transparent',
  arc: '#7cc4f5',
  accent: '#56b4e9',
  focus: '#fb923c',
  'kind-park': '#56b4e9',
  'kind-zone': '#f0895a',
  'kind-cluster': '#3fcf9f',
  'kind-government': '#e6b422',
  'kind-developer': '#e3a3c8',
  'kind-academia': '#a5d8ff',
  'kind-association': '#b0b8c2',
};

/**
 * Root style of a chart: every colour as `--pl-<name>`, each overridable from the host page with
 * `--parklinks-<name>` on any ancestor (e.g. `--parklinks-accent: rebeccapurple`).
 */
export function themeStyle(theme: 'light' | 'dark'): CssVariables {
  const palette = theme === 'dark' ? dark : light;
  const vars: Record<string, string> = {};
  for (const [k, v] of Object.entries(palette)) vars[`--pl-${k}`] = `var(--parklinks-${k}, ${v})`;
  return { ...vars, colorScheme: theme };
}
