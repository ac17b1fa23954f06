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
export {
  countLabel,
  countryName,
  formatPartialDate,
  isRtl,
  type Locale,
  type LocaleTag,
  locales,
  matchLocale,
  orgKindLabel,
  partnershipKindLabel,
  resolveLocale,
  summarySentence,
} from './i18n.js';
export { Legend, type LegendItem } from './Legend.js';
export { type UiMessages, uiMessages } from './messages.js';
export { TooltipCard, type TooltipCardProps, TooltipLayer } from './TooltipCard.js';
export { type TableRow, tableRows } from './tableRows.js';
export { type KindGroup, kindColor, kindGroup, kindGroups, type Theme, themeStyle } from './theme.js';
export type { BaseChartProps } from './types.js';
export { useChartData } from './useChartData.js';
export { VisuallyHidden } from './VisuallyHidden.js';
export { ZoomControls, type ZoomControlsProps } from './ZoomControls.js';
