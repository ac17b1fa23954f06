// The React parts every chart is made of, public so that a custom chart can reuse them.
export type { Locale, LocaleTag, Theme } from '@parklinks/core';
export { ChartFrame, type ChartFrameProps } from './ChartFrame.js';
export { DataErrorPanel, type DataErrorPanelProps } from './DataErrorPanel.js';
export { ErrorBoundary } from './ErrorBoundary.js';
export { Legend, type LegendItem } from './Legend.js';
export { SceneMarks, type SceneMarksProps } from './SceneMarks.js';
export type { SceneChildren } from './SceneOverlay.js';
export { TooltipCard, type TooltipCardProps } from './TooltipCard.js';
export type { BaseChartProps } from './types.js';
export { ZoomControls, type ZoomControlsProps } from './ZoomControls.js';
