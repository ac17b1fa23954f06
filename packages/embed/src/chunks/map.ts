// chunks/map.js — the code of <parklinks-map>, loaded by parklinks.js when such an element nears the viewport: its
// first paint, a static SVG of the map's scene built in short tasks (world, model, legs, markers, labels, countries,
// marks); the interactive map comes later.
import { basemapFeatures, buildMapSceneSteps, type CountryFeature, worldBasemap } from '@parklinks/core/map';
import { mountView, nextTask, runInTasks } from '../mountChart.js';
import { builtinData, builtinDetails } from './builtinData.js';

let world: CountryFeature[] | undefined;

export const mount = mountView(
  'map',
  {
    async scene(data, { whole, filtered, ...options }) {
      if (!world) {
        world = basemapFeatures(worldBasemap);
        await nextTask('map:world');
      }
      return runInTasks(buildMapSceneSteps(data, { ...options, basemap: world }));
    },
    live: () => Promise.all([import('../live/map.js'), builtinDetails()]).then(([m]) => m.live),
    details: builtinDetails,
  },
  builtinData,
);
