import { syntheticDataset } from '@parklinks/data';
import { describe, expect, it } from 'vitest';
import { basemapFeatures, buildMapScene, buildMapSceneSteps, worldBasemap } from '../map/index.js';
import { buildNetworkScene, buildNetworkSceneSteps } from '../network/index.js';
import { sceneLayerToSvg, sceneMarksToSvg, sceneToSvg } from '../scene/sceneToSvg.js';
import { buildTimelineScene, buildTimelineSceneSteps } from '../timeline/index.js';
import type { Steps } from './steps.js';

const data = syntheticDataset({ parks: 60, links: 120, seed: 3 });
const basemap = basemapFeatures(worldBasemap);

/** Runs `steps` by hand, as a page that yields between them does, and lists the steps' names. */
function stepByStep<T>(steps: Steps<T>): { names: string[]; result: T } {
  const names: string[] = [];
  for (let s = steps.next(); ; s = steps.next()) {
    if (s.done) return { names, result: s.value };
    names.push(s.value);
  }
}

describe('build*SceneSteps (a scene in steps a page can pause between)', () => {
  it.each([
    [
      'map',
      () => buildMapSceneSteps(data, { width: 700, basemap }),
      () => buildMapScene(data, { width: 700, basemap }),
    ],
    ['network', () => buildNetworkSceneSteps(data, { width: 700 }), () => buildNetworkScene(data, { width: 700 })],
    ['timeline', () => buildTimelineSceneSteps(data, { width: 700 }), () => buildTimelineScene(data, { width: 700 })],
  ] as const)('the %s: named steps, then the same scene as in one go', (view, steps, whole) => {
    const { names, result } = stepByStep<unknown>(steps());
    expect(names.length).toBeGreaterThanOrEqual(3);
    for (const n of names) expect(n.startsWith(`${view}:`), n).toBe(true);
    expect(result).toEqual(whole());
  });

  it('the phone timeline wraps its titles in a step of its own, and draws the same as in one go', () => {
    const { names, result } = stepByStep(buildTimelineSceneSteps(data, { width: 360, locale: 'ar' }));
    // 60 parks, 120 links: its titles in batches, 5 (cold code) first, then 15.
    expect(names.filter((n) => n === 'timeline:titles').length).toBeGreaterThanOrEqual(3);
    expect(names.filter((n) => n !== 'timeline:titles')).toEqual([
      'timeline:model',
      'timeline:layout',
      'timeline:marks',
    ]);
    expect(result).toEqual(buildTimelineScene(data, { width: 360, locale: 'ar' }));
  });

  it('the map projects its countries in batches (the longest part of its first paint)', () => {
    const { names } = stepByStep(buildMapSceneSteps(data, { width: 700, basemap }));
    expect(names.filter((n) => n === 'map:countries').length).toBeGreaterThanOrEqual(3);
  });
});

describe("sceneToSvg's layer slots (a page parses a big drawing one layer at a time)", () => {
  it('filled from sceneLayerToSvg, they make the inline SVG again, colours and zoom included', () => {
    const scenes = [
      buildMapScene(data, { width: 700, basemap, zoom: { k: 2, x: -100, y: -50 } }),
      buildNetworkScene(data, { width: 700, theme: 'dark' }),
      buildTimelineScene(data, { width: 700 }),
    ];
    for (const scene of scenes) {
      const inline = sceneToSvg(scene);
      let filled = sceneToSvg(scene, { layers: 'slots' });
      expect(filled.length).toBeLessThan(inline.length / 2);
      scene.layers.forEach((layer, i) => {
        const slot = new RegExp(`<g data-layer="${layer.id}"( transform="[^"]*")?></g>`);
        expect(filled, `${scene.chart} ${layer.id}`).toMatch(slot);
        filled = filled.replace(slot, () => sceneLayerToSvg(scene, i));
      });
      expect(filled, scene.chart).toBe(inline);
    }
  });

  it('filled a few marks at a time from sceneMarksToSvg, they make the inline SVG again', () => {
    const scenes = [
      buildMapScene(data, { width: 700, basemap, zoom: { k: 2, x: -100, y: -50 } }),
      buildNetworkScene(data, { width: 700, theme: 'dark' }),
    ];
    for (const scene of scenes) {
      let filled = sceneToSvg(scene, { layers: 'slots' });
      scene.layers.forEach((layer, i) => {
        let marks = '';
        for (let from = 0; from < layer.marks.length; from += 3) marks += sceneMarksToSvg(scene, i, from, from + 3);
        expect(layer.marks.length, `${scene.chart} ${layer.id}`).toBeGreaterThan(0);
        filled = filled.replace(
          /(<g data-layer="[^"]*"(?: transform="[^"]*")?>)<\/g>/,
          (_, open) => `${open}${marks}</g>`,
        );
      });
      expect(filled, scene.chart).toBe(sceneToSvg(scene));
    }
  });
});
