export { resolveColors, themePalette } from '@parklinks/core';
export {
  type AttributeName,
  type EmbedOptions,
  observedAttributes,
  type ParsedAttributes,
  parseAttributes,
} from './attributes.js';
export { createChartElement } from './chartElement.js';
export { checkDataset } from './checkData.js';
export {
  type DefineElementsOptions,
  defineParklinksElement,
  defineParklinksElements,
  type ParklinksElement,
  tagName,
} from './defineElements.js';
export { clearDatasetCache, type LoadResult, loadDataset } from './loadDataset.js';
export type { DataSource, ParklinksSelectEvent } from './mountChart.js';
export { type RenderSvgOptions, renderSvg } from './static/renderSvg.js';
export { chartView, type DrawView } from './viewFactory.js';
export {
  type ChartView,
  charts,
  chartViews,
  isChartView,
  isView,
  type View,
  type ViewProps,
  viewNames,
  views,
} from './views.js';
