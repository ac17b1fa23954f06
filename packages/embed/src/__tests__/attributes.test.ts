import { describe, expect, it } from 'vitest';
import { type AttributeName, parseAttributes, supportedLocale } from '../attributes.js';

const parse = (attrs: Partial<Record<AttributeName, string>>, pageLang?: string) =>
  parseAttributes((name) => attrs[name] ?? null, pageLang);

describe('parseAttributes', () => {
  it('gives the defaults for an element without attributes', () => {
    expect(parse({})).toEqual({
      options: {
        locale: 'en',
        theme: 'light',
        height: undefined,
        filter: undefined,
        src: undefined,
        heading: undefined,
        selected: undefined,
      },
      problems: [],
    });
  });

  it('reads locale, theme, height and a filter written the way page authors write them', () => {
    const { options, problems } = parse({
      locale: 'AR',
      theme: 'Dark',
      height: '480px',
      countries: 'cn, FR ru',
      kinds: 'memorandum sister-parks',
      topics: 'ict',
      from: '2015',
      to: '2020-06',
      src: ' data.json ',
      heading: 'Parks',
      selected: 'zgc-group',
    });
    expect(problems).toEqual([]);
    expect(options).toEqual({
      locale: 'ar',
      theme: 'dark',
      height: 480,
      filter: {
        countries: ['CN', 'FR', 'RU'],
        kinds: ['memorandum', 'sister-parks'],
        topics: ['ict'],
        from: '2015',
        to: '2020-06',
      },
      src: 'data.json',
      heading: 'Parks',
      selected: 'zgc-group',
    });
  });

  it('takes the page language when the element has no locale, and English for an unsupported one', () => {
    expect(parse({}, 'zh-CN').options.locale).toBe('zh');
    expect(parse({}, 'de').options.locale).toBe('en');
    expect(parse({ locale: 'fr' }, 'zh').options.locale).toBe('fr');
  });

  it('names each bad attribute, its value and what is accepted', () => {
    const { problems } = parse({
      locale: 'xx',
      theme: 'neon',
      height: '5',
      countries: 'CN,ZZ',
      kinds: 'treaty',
      topics: 'ict,magic',
      from: '2019-13',
    });
    expect(problems).toEqual([
      'locale: "xx" is not one of en, zh, ru, ar, fr',
      'theme: "neon" is not one of light, dark, auto',
      'height: "5" is not a number of pixels between 120 and 4000',
      'countries: "ZZ" is not an ISO 3166-1 alpha-2 country code (e.g. CN, FR)',
      expect.stringMatching(/^kinds: "treaty" is not one of memorandum, /),
      expect.stringMatching(/^topics: "magic" is not one of investment, /),
      'from: "2019-13" is not a date written YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
  });

  it('refuses dates that do not exist or come before 1900, naming the attribute, instead of rolling them over', () => {
    expect(parse({ from: '0000' }).problems).toEqual(['from: "0000" is a year before 1900']);
    expect(parse({ to: '0099-12' }).problems).toEqual(['to: "0099-12" is a year before 1900']);
    expect(parse({ from: '2019-02-30' }).problems).toEqual(['from: "2019-02-30" is not a real calendar day']);
    expect(parse({ from: '2019-02-30' }).options.filter).toBeUndefined();
    expect(parse({ from: '2020-02-29', to: '1900' }).problems).toEqual(['from/to: 2020-02-29 is after 1900']);
  });

  it('rejects a range that ends before it starts, but not one inside the same year', () => {
    expect(parse({ from: '2021', to: '2019' }).problems).toEqual(['from/to: 2021 is after 2019']);
    expect(parse({ from: '2020-03', to: '2020' }).problems).toEqual([]);
  });

  it('shortens very long values in messages', () => {
    const [p] = parse({ theme: 'x'.repeat(200) }).problems;
    expect(p!.length).toBeLessThan(120);
  });
});

describe('supportedLocale', () => {
  it('maps BCP 47 tags to the five UI locales', () => {
    expect(['ar-EG', 'ru_RU', 'fr', 'zh-Hant', 'EN-gb', 'ja', '', null].map(supportedLocale)).toEqual([
      'ar',
      'ru',
      'fr',
      'zh',
      'en',
      undefined,
      undefined,
      undefined,
    ]);
  });
});
