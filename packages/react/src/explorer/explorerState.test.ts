import { syntheticDataset } from '@parklinks/data';
import { describe, expect, it } from 'vitest';
import { linkedSelection, queryFromState, stateFromQuery } from './explorerState.js';

describe('explorer URL state', () => {
  it('round-trips selection and filter and keeps the page’s own parameters', () => {
    const state = {
      selection: { type: 'organization' as const, id: 'zgc-group' },
      filter: { countries: ['CN', 'RU'], kinds: ['memorandum' as const], from: '2016', to: '2020-06' },
    };
    const q = queryFromState(state, '?article=42');
    expect(q).toBe('?article=42&pl-org=zgc-group&pl-c=CN%2CRU&pl-k=memorandum&pl-from=2016&pl-to=2020-06');
    expect(stateFromQuery(q)).toEqual(state);
  });
  it('ignores malformed dates and clears its own keys', () => {
    expect(stateFromQuery('?pl-from=last-year&pl-to=2020').filter).toEqual({ to: '2020' });
    expect(queryFromState({ selection: null, filter: {} }, '?pl-org=x&a=1')).toBe('?a=1');
  });
});

describe('linkedSelection', () => {
  const data = syntheticDataset({ parks: 20, links: 30, seed: 3 });
  it('an organization selects itself on map and network and narrows the timeline', () => {
    expect(linkedSelection(data, { type: 'organization', id: 'park-2' })).toEqual({
      organizationId: 'park-2',
      partnershipId: null,
      timelineOrganizations: ['park-2'],
    });
  });
  it('a partnership selects itself on the timeline and its first named party elsewhere', () => {
    const p = data.partnerships[0]!;
    const first = p.parties.find((x) => 'org' in x) as { org: string };
    expect(linkedSelection(data, { type: 'partnership', id: p.id })).toEqual({
      organizationId: first.org,
      partnershipId: p.id,
      timelineOrganizations: undefined,
    });
  });
});
