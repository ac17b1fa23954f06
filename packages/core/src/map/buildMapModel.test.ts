import { type Dataset, summarize, syntheticDataset, toMapArcs } from '@parklinks/data';
import { describe, expect, it } from 'vitest';
import { buildMapModel } from './buildMapModel.js';
import { endpointKey } from './projectArcs.js';
import { fixture } from './testFixture.js';
import { worldCountries } from './worldCountries.js';

// The fixture without one of its organizations: legs to it cannot be placed and are left out.
const missing: Dataset = { ...fixture, organizations: fixture.organizations.slice(1) };
const sets = [fixture, missing, syntheticDataset(), syntheticDataset({ parks: 300, links: 900, seed: 7 })];

describe('buildMapModel', () => {
  it('counts the same summary figures as summarize', () => {
    for (const data of sets) expect(buildMapModel(data, worldCountries()).summary).toEqual(summarize(data));
  });

  it('walks the same legs as toMapArcs, which it builds only when asked', () => {
    for (const data of sets) {
      const model = buildMapModel(data, worldCountries());
      const arcs = toMapArcs(data);
      const legsOf = new Map<string, number[]>();
      const pairs = new Map<string, { legs: number; partnerships: Set<string> }>();
      arcs.forEach((arc, i) => {
        const [from, to] = [endpointKey(arc.from), endpointKey(arc.to)];
        for (const k of new Set([from, to])) legsOf.set(k, [...(legsOf.get(k) ?? []), i]);
        const [a, b] = [model.placeOf.get(from), model.placeOf.get(to)];
        if (!a || !b) return;
        const id = a <= b ? `${a}|${b}` : `${b}|${a}`;
        const pair = pairs.get(id) ?? { legs: 0, partnerships: new Set<string>() };
        pair.legs += 1;
        pair.partnerships.add(arc.partnershipId);
        pairs.set(id, pair);
      });
      expect(model.legCount).toBe(arcs.length);
      expect(model.legsOf).toEqual(legsOf);
      expect(model.pairs.map((p) => [p.id, p.legs, p.partnerships])).toEqual(
        [...pairs].map(([id, p]) => [id, p.legs, p.partnerships.size]),
      );
      expect(model.legKinds).toEqual({
        bilateral: arcs.some((a) => !a.multilateral),
        multilateral: arcs.some((a) => a.multilateral),
      });
      expect(model.arcs).toEqual(arcs);
      expect(model.arcs).toBe(model.arcs);
    }
  });
});
