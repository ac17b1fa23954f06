// chunks/map.js — the code of <parklinks-map>, loaded by parklinks.js when such an element nears the viewport: its
// first paint, a static SVG of the map's scene built in short tasks (world, model, legs, markers, labels, marks); the
// interactive map comes later.
import {
  basemapFeatures,
  buildMapModel,
  buildMapScene,
  type CountryFeature,
  mapSceneLayoutSteps,
  worldBasemap,
} from '@parklinks/core/map';
import { mountView, nextTask } from '../mountChart.js';
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
      const model = buildMapModel(data, world);
      await nextTask('map:model');
      // The layout in its steps (legs, markers, labels), a task each.
      const steps = mapSceneLayoutSteps(model, options);
      let step = steps.next();
      while (!step.done) {
        await nextTask('map:layout-step');
        step = steps.next();
      }
      const layout = step.value;
      await nextTask('map:layout');
      return buildMapScene(data, { ...options, basemap: world, model, layout });
    },
    live: () => Promise.all([import('../live/map.js'), builtinDetails()]).then(([m]) => m.live),
    details: builtinDetails,
  },
  builtinData,
);
