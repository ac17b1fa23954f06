import { syntheticDataset } from '@parklinks/data';
import { dataset } from '@parklinks/data/dataset';
import { describe, expect, it } from 'vitest';
import { snapshotData } from '../../../../tests/snapshots/fixture.js';
import { compareSvgSnapshot } from '../../../../tests/snapshots/svgSnapshot.js';
import { sceneToSvg } from '../scene/sceneToSvg.js';
import type { Mark, Scene } from '../scene/types.js';
import { basemapFeatures } from './basemap.js';
import { buildMapScene, type MapSceneOptions } from './mapScene.js';
import { worldBasemap } from './worldCountries.js';

const basemap = basemapFeatures(worldBasemap);
const scene = (o: Partial<MapSceneOptions> = {}, data = dataset) => buildMapScene(data, { width: 800, basemap, ...o });
const flat = (marks: readonly Mark[]): Mark[] =>
  marks.flatMap((m) => (m.type === 'group' ? [m, ...flat(m.children)] : [m]));
const layer = (s: Scene, id: string) => s.layers.find((l) => l.id === id);
const named = (s: Scene) => new Set(flat(layer(s, 'markers')?.marks ?? []).flatMap((m) => (m.name ? [m.name] : [])));

describe('buildMapScene', () => {
  it('draws every country of the basemap, one named marker per keyboard stop, and the legend', () => {
    const s = scene();
    expect(layer(s, 'countries')?.marks.length).toBe(basemap.length + 2);
    const markers = layer(s, 'markers')?.marks ?? [];
    expect(markers.length).toBe(s.items.length);
    expect(markers.every((m) => m.name && m.ref)).toBe(true);
    expect(s.legend.map((e) => e.label)).toContain('Country with partners');
    expect(s.summary).toMatch(/^\d+ partnerships/);
    expect(s.height).toBe(448);
  });

  it('starts the keyboard order at the busiest marker', () => {
    const s = scene();
    const counts = s.items.map((i) => Number(/(\d+) partnerships?/.exec(i.name)?.[1] ?? 0));
    expect(counts[0]).toBe(Math.max(...counts));
  });

  it('highlights a selected organization: its legs lit, the rest dimmed, its cluster opened, a ring around it', () => {
    const s = scene({ selection: { type: 'organization', id: 'zgc-group' } });
    expect(layer(s, 'highlight')?.marks.length).toBeGreaterThan(0);
    expect(layer(s, 'arcs')?.marks[0]).toMatchObject({ type: 'group', opacity: 0.35 });
    expect(flat(layer(s, 'markers')?.marks ?? []).some((m) => m.ref?.id === 'zgc-group')).toBe(true);
    expect(layer(s, 'rings')?.marks.length).toBeGreaterThan(1);
    expect(layer(scene(), 'highlight')).toBeUndefined();
  });

  it('lays out right to left in Arabic and says it has nothing to show for no records', () => {
    expect(scene({ locale: 'ar-EG' }).dir).toBe('rtl');
    const empty = scene({}, { ...dataset, partnerships: [] });
    expect(empty.empty).toBeTruthy();
    expect(sceneToSvg(empty)).toContain(empty.empty);
  });

  it('is framework-free and deterministic: the same input gives the same SVG', () => {
    expect(sceneToSvg(scene())).toBe(sceneToSvg(scene()));
  });
});

describe('map scene snapshots (tests/snapshots/map-*.svg)', () => {
  const states: Record<string, () => Scene> = {
    default: () => scene({}, snapshotData),
    selected: () => scene({ selection: { type: 'organization', id: 'skolkovo-foundation' } }, snapshotData),
    ar: () => scene({ locale: 'ar' }, snapshotData),
    dark: () => scene({ theme: 'dark' }, snapshotData),
    narrow: () => scene({ width: 360 }, snapshotData),
    dense: () => scene({ fit: 'world' }, syntheticDataset({ parks: 300, links: 900, seed: 3 })),
  };
  for (const [name, make] of Object.entries(states))
    it(name, () => {
      const s = make();
      const svg = sceneToSvg(s, { source: 'Source: parklinks open data' });
      expect(compareSvgSnapshot(`map-${name}`, svg)).toBeUndefined();
      // Every marker's accessible name is in the SVG (as a <title>).
      for (const n of [...named(s)].slice(0, 50))
        expect(svg).toContain(
          n
            .replace(/&/g, '&amp;')
            .replace(/</g, '&lt;')
            .replace(/"/g, '&quot;')
            .replace(/'/g, '&apos;')
            .replace(/>/g, '&gt;'),
        );
    });
});
