import { describe, expect, it } from 'vitest';
import { basemapFeatures } from './basemap.js';
import { buildMapModel } from './buildMapModel.js';
import { clusterToOpen, layoutMap, layoutMapSteps } from './mapLayout.js';
import { fixture } from './testFixture.js';
import { worldBasemap } from './worldCountries.js';

const basemap = basemapFeatures(worldBasemap);
const cityless = {
  ...fixture,
  organizations: fixture.organizations.map(({ city: _city, ...o }) => ({
    ...o,
    location: { ...o.location, precision: 'country' as const },
  })),
};

describe('clusterToOpen', () => {
  const model = buildMapModel(fixture, basemap);
  const open: ReadonlySet<string> = new Set();
  it('opens the city of a selected member when it holds several organizations', () => {
    const next = clusterToOpen(model, 'mic', open);
    expect(next).not.toBe(open);
    expect([...next]).toEqual([model.placeOf.get('mic')]);
    expect(clusterToOpen(model, 'mic', next)).toBe(next);
  });
  it('keeps the same set for a park alone in its city, a park without a city, an unknown id or none', () => {
    expect(clusterToOpen(model, 'sz-park', open)).toBe(open);
    expect(clusterToOpen(model, 'no-such-id', open)).toBe(open);
    expect(clusterToOpen(model, null, open)).toBe(open);
    const plain = buildMapModel(cityless, basemap);
    for (const o of cityless.organizations) expect(clusterToOpen(plain, o.id, open)).toBe(open);
  });
});

describe('layoutMap', () => {
  it('places every marker and names it, labels inside the map', () => {
    const model = buildMapModel(fixture, basemap);
    const l = layoutMap(model, { width: 640, height: 360, locale: 'en' });
    expect(l.markers.length).toBeGreaterThan(0);
    for (const m of l.markers) expect(l.texts.get(m.id)?.name).toBeTruthy();
    for (const lab of l.labels) {
      expect(lab.x).toBeGreaterThanOrEqual(0);
      expect(lab.x).toBeLessThanOrEqual(640);
    }
  });
});

describe('layoutMapSteps', () => {
  it('pauses between its steps and ends with the layout layoutMap makes', () => {
    const model = buildMapModel(fixture, basemap);
    const o = { width: 680, height: 380, locale: 'en' as const, open: new Set<string>() };
    const steps = layoutMapSteps(model, o);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses += 1;
      step = steps.next();
    }
    expect(pauses).toBe(3);
    const whole = layoutMap(model, o);
    expect(step.value.markers).toEqual(whole.markers);
    expect(step.value.labels).toEqual(whole.labels);
    expect(step.value.pairs).toEqual(whole.pairs);
  });
});
