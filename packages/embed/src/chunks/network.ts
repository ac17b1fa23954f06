// chunks/network.js — the code of <parklinks-network>, loaded by parklinks.js when such an element nears the
// viewport: its first paint, a static SVG of the network's scene; the interactive network comes later.
import { buildNetworkScene } from '@parklinks/core/network';
import { mountView } from '../mountChart.js';
import { builtinData, builtinDetails } from './builtinData.js';

export const mount = mountView(
  'network',
  {
    scene: async (data, options) => buildNetworkScene(data, options),
    live: () => Promise.all([import('../live/network.js'), builtinDetails()]).then(([m]) => m.live),
    details: builtinDetails,
  },
  builtinData,
);
