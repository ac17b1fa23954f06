import { summarize, syntheticDataset } from '@parklinks/data';
import { describe, expect, it } from 'vitest';
import { buildMapModel } from './buildMapModel.js';
import { fixture } from './testFixture.js';

describe('buildMapModel', () => {
  it('counts the same summary figures as summarize', () => {
    for (const data of [fixture, syntheticDataset(), syntheticDataset({ parks: 300, links: 900, seed: 7 })])
      expect(buildMapModel(data).summary).toEqual(summarize(data));
  });
});
