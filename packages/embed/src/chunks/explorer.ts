// chunks/explorer.js — the code of <parklinks-explorer>, loaded by parklinks.js when such an element nears the
// viewport (the explorer is interactive from its first paint).
import { mountView } from '../mountChart.js';
import { builtinData, builtinDetails } from './builtinData.js';

export const mount = mountView(
  'explorer',
  {
    live: () => Promise.all([import('../live/explorer.js'), builtinDetails()]).then(([m]) => m.live),
    details: builtinDetails,
  },
  builtinData,
);
