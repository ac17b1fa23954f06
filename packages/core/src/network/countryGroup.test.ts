import { describe, expect, it } from 'vitest';
import { countryGroup } from './countryGroup.js';
import { nodeColor } from './nodeColor.js';

describe('countryGroup', () => {
  it('puts China and Russia on their own and the rest in regions', () => {
    expect(['CN', 'RU', 'FR', 'GB', 'JP', 'SG', 'EG', 'AE', 'US', 'BR'].map(countryGroup)).toEqual([
      'china',
      'russia',
      'europe',
      'europe',
      'asia-pacific',
      'asia-pacific',
      'middle-east-africa',
      'middle-east-africa',
      'americas',
      'americas',
    ]);
  });

  it('accepts lower case and gives undefined for unknown codes', () => {
    expect(countryGroup('de')).toBe('europe');
    expect(countryGroup('ZZ')).toBeUndefined();
  });
});

describe('nodeColor', () => {
  it('colours by region or by kind, hubs in the foreground colour', () => {
    expect(nodeColor({ type: 'organization', country: 'CN', kind: 'science-park' }, 'country')).toEqual({
      color: 'var(--pl-group-china)',
      colorKey: 'china',
    });
    expect(nodeColor({ type: 'organization', country: 'CN', kind: 'science-park' }, 'kind').colorKey).toBe('park');
    expect(nodeColor({ type: 'hub', country: 'CN' }, 'kind').color).toBe('var(--pl-fg)');
    expect(nodeColor({ type: 'country', country: 'ZZ' }, 'country').colorKey).toBe('other');
  });
});
