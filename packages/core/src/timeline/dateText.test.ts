import { describe, expect, it } from 'vitest';
import { locales } from '../shared/i18n.js';
import { dateText } from './dateText.js';

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const intl = (locale: string, t: number) =>
  new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(t);

describe('dateText', () => {
  // Day dates are assembled from a month's parts and the day's: they must read exactly as Intl formats them.
  it.each([...locales, 'en-GB', 'de', 'ja', 'ar-SA', 'th', 'fa'])(
    'writes every day of 2015–2016 as Intl does (%s)',
    (locale) => {
      for (let t = Date.UTC(2015, 0, 1); t < Date.UTC(2017, 0, 1); t += 86_400_000)
        expect(dateText({ value: iso(t), precision: 'day', basis: 'signed' }, locale)).toBe(intl(locale, t));
    },
  );

  it('writes months and years as Intl does', () => {
    expect(dateText({ value: '2017-05', precision: 'month', basis: 'signed' }, 'en')).toBe('May 2017');
    expect(dateText({ value: '2016', precision: 'year', basis: 'signed' }, 'fr')).toBe('2016');
    expect(dateText({ value: '2016-07-05', precision: 'day', basis: 'signed' }, 'zh')).toBe('2016年7月5日');
  });
});
