// chunks/network.js — the code of <parklinks-network>, loaded by parklinks.js when such an element nears the
// viewport: its first paint, a static SVG of the network's scene; the interactive network comes later.
import { buildNetworkSceneSteps } from '@parklinks/core/network';
import { mountView, runInTasks } from '../mountChart.js';
import { builtinData, builtinDetails, builtinPositions, builtinPositionsNow } from './builtinData.js';

export const mount = mountView(
  'network',
  {
    scene: async (data, { whole, filtered, ...options }) => {
      const positions = await builtinPositions(whole, filtered);
      return runInTasks(buildNetworkSceneSteps(data, { ...options, ...(positions ? { positions } : {}) }));
    },
    liveProps: (data, filtered) => {
      const positions = builtinPositionsNow(data, filtered);
      return positions ? { positions } : {};
    },
    live: () => Promise.all([import('../live/network.js'), builtinDetails()]).then(([m]) => m.live),
    details: builtinDetails,
  },
  builtinData,
);
