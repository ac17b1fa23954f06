// The interactive <parklinks-timeline>: loaded when the reader first points at, touches or focuses the chart.
import { PartnershipTimeline } from '@parklinks/react/timeline';
import { liveChart } from '../liveChart.js';
import { chartView } from '../viewFactory.js';

export const live = liveChart(chartView(PartnershipTimeline));
