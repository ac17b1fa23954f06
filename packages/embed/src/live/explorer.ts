// The interactive <parklinks-explorer> (it has no static first paint).
import { explorerView } from '../explorerView.js';
import { liveChart } from '../liveChart.js';

export const live = liveChart(explorerView);
