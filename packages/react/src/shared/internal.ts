// Internal barrel for the chart folders (not part of the public index, which is shared/index.ts).
export {
  countLabel,
  countryName,
  formatPartialDate,
  isRtl,
  type KindGroup,
  kindColor,
  kindGroup,
  kindGroups,
  type Locale,
  type LocaleTag,
  locales,
  matchLocale,
  orgKindLabel,
  partnershipKindLabel,
  resolveLocale,
  summarySentence,
  type TableRow,
  type Theme,
  tableRows,
  themeStyle,
  type UiMessages,
  uiMessages,
} from '@parklinks/core';
export { ChartFrame, type ChartFrameProps } from './ChartFrame.js';
export { DataErrorPanel, type DataErrorPanelProps } from './DataErrorPanel.js';
export { DataTable, type DataTableProps } from './DataTable.js';
export { ErrorBoundary } from './ErrorBoundary.js';
export {
  chartSize,
  useContainerSize,
  useControllableState,
  useIsomorphicLayoutEffect,
  useResolvedTheme,
} from './hooks.js';
export { Legend, type LegendItem } from './Legend.js';
export { FontPrimer, TooltipCard, type TooltipCardProps, TooltipLayer } from './TooltipCard.js';
export type { BaseChartProps } from './types.js';
export { useChartData } from './useChartData.js';
export { VisuallyHidden } from './VisuallyHidden.js';
export { ZoomControls, type ZoomControlsProps } from './ZoomControls.js';
