import { type Locale, uiMessages } from '@parklinks/core';
import { type MapModel, mapLegend } from '@parklinks/core/map';
import { memo } from 'react';
import { Legend, legendItems } from '../shared/Legend.js';

/**
 * The map scene's legend entries as a list: kind groups present, unnamed-party ring, leg styles, shading. Memoised:
 * a selection re-renders the chart around it, not the legend (`mapLegend` passes over the model).
 */
export const MapLegend = memo(function MapLegend({ model, locale }: { model: MapModel; locale: Locale }) {
  return <Legend items={legendItems(mapLegend(model, locale))} label={uiMessages(locale).legend} />;
});
