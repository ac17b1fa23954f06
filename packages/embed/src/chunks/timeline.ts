// chunks/timeline.js — the code of <parklinks-timeline>, loaded by parklinks.js when such an element nears the
// viewport: its first paint, a static SVG of the timeline's scene; the interactive timeline comes later.
import { buildTimelineScene } from '@parklinks/core/timeline';
import { mountView } from '../mountChart.js';
import { builtinData, builtinDetails } from './builtinData.js';

export const mount = mountView(
  'timeline',
  {
    scene: async (data, { whole, filtered, ...options }) => buildTimelineScene(data, options),
    keep: 'scroll',
    live: () => Promise.all([import('../live/timeline.js'), builtinDetails()]).then(([m]) => m.live),
    details: builtinDetails,
  },
  builtinData,
);
