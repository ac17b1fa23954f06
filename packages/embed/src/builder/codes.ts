import type { Locale } from '@parklinks/core';
import type { DatasetFilter } from '@parklinks/data';
import { type AttributeName, parseAttributes } from '../attributes.js';

/** The views an editor can pick. */
export const builderViews = ['map', 'network', 'timeline', 'explorer'] as const;
export type BuilderView = (typeof builderViews)[number];

/** Everything an editor chose; the codes, the preview and the downloads are made from it alone. */
export type BuilderState = {
  view: BuilderView;
  countries: string[];
  kinds: string[];
  topics: string[];
  /** `YYYY` or '' for no limit. */
  from: string;
  to: string;
  locale: Locale;
  theme: 'light' | 'dark' | 'auto';
  /** Chart height in px (the element's `height`). */
  height: number;
  heading: string;
  /** Folder URL of parklinks.js and embed.html, ending in `/`. */
  base: string;
};

/** The element's attributes for `state`, in a stable order; empty choices are left out, height always in. */
export function chartAttributes(s: BuilderState): [AttributeName, string][] {
  const out: [AttributeName, string][] = [['height', String(s.height)]];
  if (s.countries.length) out.push(['countries', s.countries.join(',')]);
  if (s.kinds.length) out.push(['kinds', s.kinds.join(',')]);
  if (s.topics.length) out.push(['topics', s.topics.join(',')]);
  if (s.from) out.push(['from', s.from]);
  if (s.to) out.push(['to', s.to]);
  out.push(['locale', s.locale]);
  if (s.theme !== 'light') out.push(['theme', s.theme]);
  if (s.heading.trim()) out.push(['heading', s.heading.trim()]);
  return out;
}

/** The filter the element will apply, read from the same attributes by the element's own parser. */
export function stateFilter(s: BuilderState): DatasetFilter | undefined {
  const attrs = new Map(chartAttributes(s));
  return parseAttributes((name) => attrs.get(name) ?? null).options.filter;
}

const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `base` as a folder URL: trimmed, ending in `/`. */
export function normalizeBase(base: string): string {
  const b = base.trim();
  return b === '' || b.endsWith('/') ? b : `${b}/`;
}

/** Code 1: the loader script and the element. */
export function scriptCode(s: BuilderState): string {
  const attrs = chartAttributes(s)
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('');
  const tag = `parklinks-${s.view}`;
  return `<script async src="${escapeAttr(normalizeBase(s.base))}parklinks.js"></script>\n<${tag}${attrs}></${tag}>`;
}

/** The iframe page's address: embed.html with `view` and the element's attributes as query parameters. */
export function embedUrl(s: BuilderState): string {
  const q = new URLSearchParams([['view', s.view], ...chartAttributes(s)]);
  return `${normalizeBase(s.base)}embed.html?${q}`;
}

/**
 * Code 2: an iframe of embed.html as tall as the whole chart (`frameHeight`: heading, chart, legend, source), so the
 * article reserves its space before it loads, and parklinks-frame.js to follow the height the page announces.
 */
export function iframeCode(s: BuilderState, frameHeight: number, title: string): string {
  const base = escapeAttr(normalizeBase(s.base));
  return `<iframe data-parklinks src="${escapeAttr(embedUrl(s))}" title="${escapeAttr(title)}" width="100%" height="${frameHeight}" loading="lazy"></iframe><script src="${base}parklinks-frame.js" async></script>`;
}

/**
 * Code 3: the same page for pym.js parents (embed.html speaks pym's height messages). pym.js makes the iframe
 * itself, so the container carries the height as a minimum (a page whose CSP drops style attributes just loses
 * the reservation).
 */
export function pymCode(s: BuilderState, frameHeight: number): string {
  return `<div data-pym-src="${escapeAttr(embedUrl(s))}" style="min-height:${frameHeight}px"></div><script src="https://pym.nprapps.org/pym.v1.min.js"></script>`;
}

/** File name (no extension) for downloads: `parklinks-map`, `parklinks-map-cn-eg`. */
export function downloadName(s: BuilderState): string {
  return ['parklinks', s.view, ...s.countries.slice(0, 4).map((c) => c.toLowerCase())].join('-');
}
