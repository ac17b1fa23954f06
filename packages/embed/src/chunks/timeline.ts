// chunks/timeline.js — the code of <parklinks-timeline>, loaded by parklinks.js when such an element nears the
// viewport: its first paint, a static SVG of the timeline's scene built in two tasks (model, then layout and
// marks); the interactive timeline comes later.
import { resolveLocale } from '@parklinks/core';
import { buildTimelineModel, buildTimelineScene } from '@parklinks/core/timeline';
import { mountView, nextTask } from '../mountChart.js';
import { builtinData, builtinDetails } from './builtinData.js';

export const mount = mountView(
  'timeline',
  {
    async scene(data, { whole, filtered, ...options }) {
      const model = buildTimelineModel(data, 'country', resolveLocale(options.locale));
      await nextTask('timeline:model');
      return buildTimelineScene(data, { ...options, model });
    },
    keep: 'scroll',
    live: () => Promise.all([import('../live/timeline.js'), builtinDetails()]).then(([m]) => m.live),
    details: builtinDetails,
  },
  builtinData,
);
