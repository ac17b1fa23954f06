import type { Partnership } from '@parklinks/data';
import { describe, expect, it } from 'vitest';
import { laneOf, partnerCountry } from './laneOf.js';
import { fixture } from './testFixture.js';

const data = fixture();
const p = (id: string) => data.partnerships.find((x) => x.id === id)!;

describe('laneOf', () => {
  it('takes the non-Chinese party’s country as the partner country', () => {
    expect(partnerCountry(data, p('day-signed'))).toBe('FR');
    expect(partnerCountry(data, p('month-announced'))).toBe('RU');
    expect(laneOf(data, p('year-reported'), 'country')).toEqual({ key: 'country:EG', type: 'country', value: 'EG' });
  });

  it('counts unnamed parties by their country', () => {
    expect(partnerCountry(data, p('undated'))).toBe('DE');
  });

  it('takes the first party’s country when no party is Chinese', () => {
    const q: Partnership = { ...p('day-signed'), parties: [{ org: 'mic' }, { org: 'sophia' }] };
    expect(partnerCountry(data, q)).toBe('RU');
  });

  it('puts an all-Chinese partnership in the China lane', () => {
    const q: Partnership = { ...p('day-signed'), parties: [{ org: 'zgc' }, { org: 'chengdu' }] };
    expect(laneOf(data, q, 'country').value).toBe('CN');
  });

  it('groups by partnership kind', () => {
    expect(laneOf(data, p('month-announced'), 'kind')).toEqual({
      key: 'kind:memorandum',
      type: 'kind',
      value: 'memorandum',
    });
  });

  it('groups by the named Chinese organization, and lanes the rest together', () => {
    expect(laneOf(data, p('month-announced'), 'chinese-party').value).toBe('zgc');
    expect(laneOf(data, p('day-signed'), 'chinese-party').value).toBe('chengdu');
    const q: Partnership = { ...p('day-signed'), parties: [{ org: 'mic' }, { org: 'sophia' }] };
    expect(laneOf(data, q, 'chinese-party')).toEqual({ key: 'none', type: 'none', value: '' });
  });
});
