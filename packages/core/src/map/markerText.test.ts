import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixture } from './testFixture.js';

// The fixture without its unnamed parties (a country's marker is labelled with the country's name).
const named = {
  ...fixture,
  partnerships: fixture.partnerships.map((p) => ({ ...p, parties: p.parties.filter((x) => 'org' in x) })),
};

// Each test loads the modules afresh: `countryName` keeps one Intl.DisplayNames per locale for the whole module.
const load = async () => {
  vi.resetModules();
  const { buildMapModel } = await import('./buildMapModel.js');
  const { layoutMarkers } = await import('./layoutMarkers.js');
  const { mapProjection, markerTexts } = await import('./mapLayout.js');
  const { worldCountries } = await import('./worldCountries.js');
  const model = buildMapModel(named, worldCountries());
  const projection = mapProjection(model, 960, 600, 'data');
  const markers = layoutMarkers(model, projection, { k: 1, x: 0, y: 0 }, new Set(), { area: 960 * 600 });
  return (locale: 'en' | 'ru') => markerTexts(model, markers, locale);
};

afterEach(() => vi.restoreAllMocks());

describe('markerTexts', () => {
  it('writes the labels without an Intl.DisplayNames; the tooltip lines name the country when first read', async () => {
    const texts = await load();
    const made = vi.spyOn(Intl, 'DisplayNames');
    const ru = texts('ru');
    expect([...ru.values()].map((t) => t.label).sort()).toEqual([
      'Moscow',
      'San Jose Park',
      'Shenzhen Park',
      'Sophia Antipolis',
    ]);
    expect(made).not.toHaveBeenCalled();
    const park = ru.get('sz-park');
    expect(park?.label).toBe('Shenzhen Park');
    expect(park?.lines[0]).toMatch(/Китай/);
    expect(made).toHaveBeenCalledTimes(1);
    // Read again: the same lines, written once.
    expect(park?.lines).toBe(park?.lines);
    expect(park?.name).toMatch(/^Shenzhen Park, .*Китай, /);
    // A city cluster's tooltip title names its country when read.
    expect([...ru.values()].find((t) => t.label === 'Moscow')?.title).toBe('Moscow, Россия');
  });
});
