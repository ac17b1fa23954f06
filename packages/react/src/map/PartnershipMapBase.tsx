import { resolveLocale, summarySentence } from '@parklinks/core';
import type { ArcStyle, MapFit } from '@parklinks/core/map';
import { type Basemap, basemapFeatures, buildMapModel, mapMessages } from '@parklinks/core/map';
import { useMemo } from 'react';
import { ChartFrame } from '../shared/ChartFrame.js';
import { useChartData, useControllableState } from '../shared/internal.js';
import type { SceneChildren } from '../shared/SceneOverlay.js';
import type { BaseChartProps } from '../shared/types.js';
import { MapLegend } from './MapLegend.js';
import { MapView } from './MapView.js';

export type PartnershipMapBaseProps = BaseChartProps & {
  /** Frame the data's places (`data`) or the whole world (`world`). Default `'data'`. */
  fit?: MapFit;
  /** How partnership legs are drawn: great circles, bowed curves or straight lines. Default `'great-circle'`. */
  arcStyle?: ArcStyle;
  /**
   * What is drawn under the partnerships: a TopoJSON topology (e.g. world-atlas' 50m world) or a GeoJSON
   * FeatureCollection (one country's provinces). Features are matched to countries by an ISO id or an
   * `iso_a2` property. Required here; `PartnershipMap` defaults it to the built-in world.
   */
  basemap: Basemap;
  /**
   * Draw your own marks over the map: a function of where its markers stand on screen (`SceneView`: each one's
   * organization, city or country, accessible name and position, with the size and zoom) returning SVG
   * elements. Default: none.
   */
  children?: SceneChildren;
};

/**
 * The map without a built-in world: pass your own `basemap`, and the ~14 KB gzip of the built-in
 * world stay out of your bundle. Otherwise the same as `PartnershipMap`.
 */
export function PartnershipMapBase(props: PartnershipMapBaseProps) {
  const { theme = 'light', fit = 'data', arcStyle = 'great-circle' } = props;
  const locale = resolveLocale(props.locale);
  const { data, issues } = useChartData(props.data, props.filter);
  const features = basemapFeatures(props.basemap);
  const model = useMemo(() => buildMapModel(data, features), [data, features]);
  const [selected, setSelected] = useControllableState<string | null>(
    props.selectedId,
    props.defaultSelectedId ?? null,
    props.onSelect,
  );
  const title = props.title ?? mapMessages(locale).title;
  // The model counts the summary's figures in its pass over the data (`summarize` would take another).
  const summary = useMemo(() => summarySentence(model.summary, locale), [model, locale]);
  return (
    <ChartFrame
      title={title}
      summary={summary}
      locale={locale}
      theme={theme}
      aspect={0.56}
      issues={issues}
      data={data}
      empty={issues.length === 0 && data.partnerships.length === 0}
      legend={<MapLegend model={model} locale={locale} />}
      {...(props.width !== undefined ? { width: props.width } : {})}
      {...(props.height !== undefined ? { height: props.height } : {})}
      {...(props.className ? { className: props.className } : {})}
    >
      {({ width, height }) => (
        <MapView
          model={model}
          width={width}
          height={height}
          locale={locale}
          fit={fit}
          arcStyle={arcStyle}
          title={title}
          selectedId={selected}
          onSelect={setSelected}
          {...(props.children ? { renderView: props.children } : {})}
        />
      )}
    </ChartFrame>
  );
}
