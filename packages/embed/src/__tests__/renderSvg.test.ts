// @vitest-environment jsdom
// (jsdom only for its DOMParser: the SVG must parse as XML.)
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escapeXml, themePalette } from '@parklinks/core';
import { localize, syntheticDataset } from '@parklinks/data';
import { describe, expect, it } from 'vitest';
import { main } from '../cli.js';
import { renderSvg } from '../static/renderSvg.js';
import { chartViews } from '../views.js';

const data = syntheticDataset({ parks: 12, links: 16, seed: 7 });
const parseSvg = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

describe('renderSvg', () => {
  it.each(['ar-EG', 'zh-Hans-CN', 'fr-CA', 'ru-RU', 'en-GB'] as const)(
    'draws the timeline in %s: its language, its direction',
    (tag) => {
      const svg = renderSvg({ view: 'timeline', data, width: 800, locale: tag });
      const lang = tag.slice(0, 2);
      expect(svg).toContain(`lang="${lang}"`);
      // Right to left is written as anchors at the text's end (resvg, the PNG renderer, ignores `direction`).
      expect(/font-size="18" text-anchor="end"/.test(svg)).toBe(lang === 'ar');
      if (lang === 'ar') expect(svg).toContain('المصدر');
    },
  );

  it.each(chartViews)(
    'draws a standalone %s: well-formed XML, no CSS variables, title, legend, source line',
    (view) => {
      const svg = renderSvg({ view, data, width: 800 });
      const doc = parseSvg(svg);
      expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
      const root = doc.documentElement;
      expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
      expect(root.getAttribute('width')).toBe('800');
      expect(root.getAttribute('font-family')).toContain('system-ui');
      expect(svg).not.toContain('var(');
      expect(svg).not.toMatch(/tabindex|<script|<foreignObject/);
      expect(doc.querySelector('title')?.textContent?.length).toBeGreaterThan(3);
      const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
      expect(texts.some((t) => /^Source: parklinks open data, \d+ cited publications?$/.test(t))).toBe(true);
      // The chart itself: the scene as a nested SVG of layers, with marks in it.
      expect(root.querySelectorAll(':scope > svg > g[data-layer]').length).toBeGreaterThan(1);
      expect(root.querySelectorAll('circle, path, rect').length).toBeGreaterThan(10);
    },
  );

  it('is deterministic and writes the theme colours as literals', () => {
    const a = renderSvg({ view: 'map', data, theme: 'dark', width: 640 });
    expect(renderSvg({ view: 'map', data, theme: 'dark', width: 640 })).toBe(a);
    expect(a).toContain(`fill="${themePalette('dark').bg}"`);
  });

  it.each(chartViews)(
    'keeps the name of every mark of the %s in the SVG (as a label or an accessible name)',
    (view) => {
      const svg = parseSvg(renderSvg({ view, data, locale: 'fr', width: 900 })).documentElement.outerHTML;
      // Map and network mark organizations; the timeline marks partnerships.
      const names =
        view === 'timeline'
          ? data.partnerships.map((p) => localize(p.title, 'fr'))
          : data.organizations.map((o) => localize(o.name, 'fr'));
      expect(names.filter((n) => !svg.includes(escapeXml(n)))).toEqual([]);
    },
  );

  it('lays out right to left for Arabic, with the source line in Arabic', () => {
    const svg = renderSvg({ view: 'network', data, locale: 'ar', width: 900 });
    const root = parseSvg(svg).documentElement;
    expect(root.getAttribute('lang')).toBe('ar');
    const title = root.querySelector(':scope > text');
    expect(title?.getAttribute('text-anchor')).toBe('end');
    expect(Number(title?.getAttribute('x'))).toBeGreaterThan(800);
    expect(svg).toContain('المصدر');
  });

  it('applies a filter and a custom title and source, or no source line', () => {
    const country = data.organizations[0]!.country;
    const svg = renderSvg({ view: 'timeline', data, filter: { countries: [country] }, title: 'Mine', source: false });
    expect(parseSvg(svg).querySelector('title')?.textContent).toBe('Mine');
    expect(svg).not.toContain('Source:');
  });

  it('throws on bad data, naming the record and field', () => {
    const bad = { ...data, organizations: [{ ...data.organizations[0]!, kind: 'volcano' }] } as unknown as typeof data;
    expect(() => renderSvg({ view: 'map', data: bad })).toThrow(/organizations .* › kind/);
  });
});

describe('parklinks render (CLI)', () => {
  it('writes an SVG file and reports bad options with exit code 1 or 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parklinks-cli-'));
    const dataFile = join(dir, 'data.json');
    const out = join(dir, 'map.svg');
    const log: string[] = [];
    const err = (s: string) => void log.push(s);
    const io = [(s: string) => void log.push(s), err] as const;
    writeFileSync(dataFile, JSON.stringify(data));
    expect(main(['render', 'map', '--data', dataFile, '--locale', 'fr', '--width', '700', '--out', out], ...io)).toBe(
      0,
    );
    expect(readFileSync(out, 'utf8')).toMatch(/^<svg [^>]*width="700"/);
    expect(main(['render', 'globe'], ...io)).toBe(2);
    expect(main(['render', 'map', '--data', dataFile, '--locale', 'xx', '--theme', 'auto'], ...io)).toBe(1);
    expect(log.join('')).toContain('locale: "xx" is not one of');
    expect(log.join('')).toContain('theme: a static image needs light or dark');
  });
});
