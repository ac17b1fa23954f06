import { topics } from '@parklinks/data';
import { describe, expect, it } from 'vitest';
import { parseAttributes } from '../attributes.js';
import {
  type BuilderState,
  chartAttributes,
  downloadName,
  embedUrl,
  iframeCode,
  pymCode,
  scriptCode,
  stateFilter,
} from '../builder/codes.js';
import { topicLabel } from '../builder/topicLabels.js';

const base: BuilderState = {
  view: 'map',
  countries: [],
  kinds: [],
  topics: [],
  from: '',
  to: '',
  locale: 'en',
  theme: 'light',
  height: 480,
  heading: '',
  base: 'https://cdn.example.org/parklinks',
};

describe('builder codes', () => {
  it('script code: the loader from the base folder and the element with its height', () => {
    expect(scriptCode(base)).toBe(
      '<script async src="https://cdn.example.org/parklinks/parklinks.js"></script>\n<parklinks-map height="480" locale="en"></parklinks-map>',
    );
  });

  it('every choice becomes an attribute the element parses back to the same filter, without problems', () => {
    const s: BuilderState = {
      ...base,
      view: 'timeline',
      countries: ['CN', 'EG'],
      kinds: ['memorandum', 'sister-parks'],
      topics: ['ict'],
      from: '2015',
      to: '2024',
      locale: 'ar',
      theme: 'dark',
      height: 600,
      heading: 'Parks & "partners" <2024>',
    };
    const attrs = new Map(chartAttributes(s));
    const parsed = parseAttributes((n) => attrs.get(n) ?? null);
    expect(parsed.problems).toEqual([]);
    expect(parsed.options).toMatchObject({ locale: 'ar', theme: 'dark', height: 600, heading: s.heading });
    expect(parsed.options.filter).toEqual({
      countries: ['CN', 'EG'],
      kinds: ['memorandum', 'sister-parks'],
      topics: ['ict'],
      from: '2015',
      to: '2024',
    });
    expect(stateFilter(s)).toEqual(parsed.options.filter);
    expect(scriptCode(s)).toContain(
      '<parklinks-timeline height="600" countries="CN,EG" kinds="memorandum,sister-parks" topics="ict" from="2015" to="2024" locale="ar" theme="dark" heading="Parks &amp; &quot;partners&quot; &lt;2024>"></parklinks-timeline>',
    );
  });

  it('iframe code: embed.html with the same parameters, the frame as tall as the chart, parklinks-frame.js', () => {
    const s = { ...base, countries: ['FR'], heading: 'A & B' };
    const url = new URL(embedUrl(s));
    expect(url.pathname).toBe('/parklinks/embed.html');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      view: 'map',
      height: '480',
      countries: 'FR',
      locale: 'en',
      heading: 'A & B',
    });
    const code = iframeCode(s, 612, 'Map "x"');
    expect(code).toContain(' height="612"');
    expect(code).toContain(' title="Map &quot;x&quot;"');
    expect(code).toContain(`src="${embedUrl(s).replace(/&/g, '&amp;')}"`);
    expect(code).toContain('<script src="https://cdn.example.org/parklinks/parklinks-frame.js" async></script>');
    expect(pymCode(s, 612)).toContain(`data-pym-src="${embedUrl(s).replace(/&/g, '&amp;')}"`);
    expect(pymCode(s, 612)).toContain('min-height:612px');
  });

  it('no filter when nothing is chosen; file names name the view and countries', () => {
    expect(stateFilter(base)).toBeUndefined();
    expect(downloadName(base)).toBe('parklinks-map');
    expect(downloadName({ ...base, view: 'network', countries: ['CN', 'EG'] })).toBe('parklinks-network-cn-eg');
  });
});

describe('topicLabel', () => {
  it('names every topic of the data set in every builder language', () => {
    for (const t of topics)
      for (const l of ['en', 'zh', 'ru', 'ar', 'fr']) {
        const label = topicLabel(t, l);
        expect(label, `${t} ${l}`).not.toBe(t);
        expect(label.length, `${t} ${l}`).toBeGreaterThan(1);
      }
    expect(topicLabel('park-development', 'ar-EG')).toBe('تطوير الحدائق');
    expect(topicLabel('not-a-topic', 'fr')).toBe('not-a-topic');
  });
});
