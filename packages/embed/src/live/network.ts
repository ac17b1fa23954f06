// The interactive <parklinks-network>: loaded when the reader first points at, touches or focuses the chart.
import { PartnershipNetwork } from '@parklinks/react/network';
import { liveChart } from '../liveChart.js';
import { chartView } from '../viewFactory.js';

export const live = liveChart(chartView(PartnershipNetwork));
