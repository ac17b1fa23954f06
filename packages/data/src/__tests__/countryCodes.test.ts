import { describe, expect, it } from 'vitest';
import { isCountryCode } from '../schema/vocabulary.js';

describe('isCountryCode', () => {
  const all = Array.from({ length: 26 * 26 }, (_, i) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26)));

  it('takes the 249 assigned ISO 3166-1 alpha-2 codes and XK, each one a region Intl names', () => {
    const taken = all.filter(isCountryCode);
    expect(taken).toHaveLength(250);
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    for (const c of taken) expect(names.of(c), c).not.toBe(c);
    for (const c of ['CN', 'EG', 'RU', 'FR', 'PS', 'TW', 'HK', 'XK', 'SS', 'AQ'])
      expect(isCountryCode(c), c).toBe(true);
  });

  it('refuses withdrawn codes, exceptional reservations, pseudo-regions, lower case and anything else', () => {
    for (const c of ['SU', 'YU', 'CS', 'ZR', 'AN', 'UK', 'EU', 'UN', 'EZ', 'AC', 'IC', 'XA', 'XB', 'ZZ', 'QO'])
      expect(isCountryCode(c), c).toBe(false);
    for (const c of ['cn', 'Cn', 'CHN', 'C', '', ' CN', 'constructor', '__proto__'])
      expect(isCountryCode(c), c).toBe(false);
  });
});
