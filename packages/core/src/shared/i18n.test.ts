import { describe, expect, it } from 'vitest';
import { formatNumber, locales } from './i18n.js';

describe('formatNumber', () => {
  it('writes every number as Intl.NumberFormat does, in every locale (the plain-digit path included)', () => {
    for (const locale of locales) {
      const intl = new Intl.NumberFormat(locale);
      for (const n of [0, 1, 7, 42, 133, 999, 1000, 1234, 65_432, 2.5, -3])
        expect(formatNumber(locale, n), `${locale} ${n}`).toBe(intl.format(n));
    }
  });
});
