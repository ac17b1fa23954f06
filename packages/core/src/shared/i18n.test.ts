import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCountryNames,
  addDateTexts,
  countryName,
  formatNumber,
  formatPartialDate,
  locales,
  warmCountryNames,
} from './i18n.js';

describe('formatNumber', () => {
  it('writes every number as Intl.NumberFormat does, in every locale (the plain-digit path included)', () => {
    for (const locale of locales) {
      const intl = new Intl.NumberFormat(locale);
      for (const n of [
        0, 1, 7, 42, 133, 999, 1000, 1234, 9999, 10_000, 65_432, 100_000, 999_999, 1_234_567, 123_456_789, 2.5, -3,
        -1234,
      ])
        expect(formatNumber(locale, n), `${locale} ${n}`).toBe(intl.format(n));
    }
  });

  it('groups every whole number as Intl.NumberFormat does, up to the largest safe integer', () => {
    const formats = new Map(locales.map((l) => [l, new Intl.NumberFormat(l)]));
    fc.assert(
      fc.property(
        fc.constantFrom(...locales),
        fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.maxSafeNat()),
        (locale, n) => formatNumber(locale, n) === formats.get(locale)!.format(n),
      ),
      { numRuns: 5000 },
    );
  });
});

describe('addCountryNames and addDateTexts (names and dates given in advance)', () => {
  it('are what countryName and formatPartialDate write, in their locale only; other codes and dates still come from Intl', () => {
    addCountryNames('fr', { EG: 'Égypte (donné)' });
    addDateTexts('fr', { '2017-05': 'mai 2017 (donné)' });
    expect(countryName('EG', 'fr')).toBe('Égypte (donné)');
    expect(countryName('EG', 'en')).toBe('Egypt');
    expect(countryName('RU', 'fr')).toBe(new Intl.DisplayNames(['fr'], { type: 'region' }).of('RU'));
    expect(formatPartialDate({ value: '2017-05', precision: 'month', basis: 'signed' }, 'fr-FR')).toBe(
      'mai 2017 (donné)',
    );
    expect(formatPartialDate({ value: '2018-05', precision: 'month', basis: 'signed' }, 'fr')).toBe('mai 2018');
    // Core's own names for the regions ICU builds disagree on come first.
    addCountryNames('en', { HK: 'Hong Kong SAR China' });
    expect(countryName('HK', 'en')).toBe('Hong Kong');
  });
});

describe('warmCountryNames', () => {
  it('makes the names of a locale ready ahead; names read after it are the same as without it', () => {
    const before = countryName('DE', 'ru');
    warmCountryNames('fr');
    expect(countryName('DE', 'fr')).toBe('Allemagne');
    expect(countryName('DE', 'ru')).toBe(before);
    expect(() => warmCountryNames('zh-Hant-TW')).not.toThrow();
    expect(countryName('CN', 'zh-Hant-TW')).toBe(countryName('CN', 'zh'));
  });
});
