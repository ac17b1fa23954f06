// chunks/map.js — the code of <parklinks-map>, loaded by parklinks.js when such an element nears the viewport: its
// first paint, a static SVG of the map's scene laid out in two short tasks; the interactive map comes later.
import { basemapFeatures, buildMapModel, buildMapScene, type CountryFeature, worldBasemap } from '@parklinks/core/map';
import { mountView, nextTask } from '../mountChart.js';
import { builtinData, builtinDetails } from './builtinData.js';

let world: CountryFeature[] | undefined;

export const mount = mountView(
  'map',
  {
    async scene(data, { whole, filtered, ...options }) {
      if (!world) {
        world = basemapFeatures(worldBasemap);
        await nextTask();
      }
      const model = buildMapModel(data, world);
      await nextTask();
      return buildMapScene(data, { ...options, basemap: world, model });
    },
    live: () => Promise.all([import('../live/map.js'), builtinDetails()]).then(([m]) => m.live),
    details: builtinDetails,
  },
  builtinData,
);
