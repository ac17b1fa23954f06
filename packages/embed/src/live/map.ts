// The interactive <parklinks-map>: loaded when the reader first points at, touches or focuses the chart.
import { PartnershipMap } from '@parklinks/react/map';
import { liveChart } from '../liveChart.js';
import { chartView } from '../viewFactory.js';

export const live = liveChart(chartView(PartnershipMap));
