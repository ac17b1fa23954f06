// chunks/timeline.js — the code of <parklinks-timeline>, loaded by parklinks.js when such an element nears the
// viewport: its first paint, a static SVG of the timeline's scene built in short tasks (model, layout,
// marks); the interactive timeline comes later.
import { buildTimelineSceneSteps } from '@parklinks/core/timeline';
import { mountView, runInTasks } from '../mountChart.js';
import { builtinDataWithDates, builtinDetails } from './builtinData.js';

export const mount = mountView(
  'timeline',
  {
    scene: (data, { whole, filtered, ...options }) => runInTasks(buildTimelineSceneSteps(data, options)),
    keep: 'scroll',
    live: () => Promise.all([import('../live/timeline.js'), builtinDetails()]).then(([m]) => m.live),
    details: builtinDetails,
  },
  builtinDataWithDates,
);
