import { type Dataset, summarize } from '@parklinks/data';
import type { Scene, SceneOptions } from '../scene/types.js';
import { isRtl, type Locale, resolveLocale, summarySentence } from '../shared/i18n.js';
import { uiMessages } from '../shared/messages.js';
import { runSteps, type Steps } from '../shared/steps.js';
import { themePalette } from '../shared/theme.js';
import { buildTimelineModel, type TimelineItem, type TimelineModel } from './buildTimelineModel.js';
import type { LaneBy } from './laneOf.js';
import { layoutTimelineSteps } from './layoutTimeline.js';
import { timelineMessages } from './messages.js';
import { shownEvents } from './shownEvents.js';
import { timelineItems } from './timelineItems.js';
import { timelineLayers } from './timelineLayers.js';
import { timelineLegend } from './timelineLegend.js';
import { applySelection } from './timelineSelection.js';
import type { TimeRange } from './zoomDomain.js';

/** Options of `buildTimelineScene`: the shared ones plus the props `PartnershipTimeline` lays out with. */
export type TimelineSceneOptions = SceneOptions & {
  /** What each lane groups: the partner country, the kind of agreement, or the Chinese party. Default `'country'`. */
  laneBy?: LaneBy;
  /** Brushed date range `[startMs, endMs]` (UTC ms): only partnerships overlapping it. Default `null` (all dates). */
  range?: TimeRange | null;
  /** Zoomed window of the time axis, inside the range (or the data's span). Default: unzoomed. */
  view?: TimeRange | null;
  /** A model already built for `data`, `laneBy` and the locale (`buildTimelineModel`), e.g. in an earlier task. */
  model?: TimelineModel;
};

/** The summary sentence of the shown partnerships, with the undated count. */
export function timelineSummary(data: Dataset, shown: readonly TimelineItem[], locale: Locale): string {
  const s = summarize({ ...data, partnerships: shown.map((e) => e.partnership) });
  return `${summarySentence(s, locale)}${s.undated ? ` ${timelineMessages(locale).undatedCount(s.undated)}.` : ''}`;
}

/**
 * The partnership timeline laid out once, as `PartnershipTimeline` draws it at rest: the time axis, lanes with
 * their names, every event as precise as its date (point, bar, band; hollow and dashed when known only from a
 * report), titles where they fit, the undated tray, the overview strip — or, below 480 px wide, the vertical
 * phone layout. A partnership `selection` rings its event; an organization rings each of its events and fades
 * the rest. Keyboard order: time order, undated last.
 */
export function buildTimelineScene(data: Dataset, options: TimelineSceneOptions): Scene {
  return runSteps(buildTimelineSceneSteps(data, options));
}

/** `buildTimelineScene` in steps (model, layout, marks), for a page that yields between them (see `Steps`). */
export function* buildTimelineSceneSteps(data: Dataset, options: TimelineSceneOptions): Steps<Scene> {
  const { width, theme = 'light', laneBy = 'country', range = null } = options;
  const locale = resolveLocale(options.locale);
  const rtl = isRtl(locale);
  const messages = timelineMessages(locale);
  let model = options.model;
  if (!model) {
    model = buildTimelineModel(data, laneBy, locale);
    yield 'timeline:model';
  }
  const shown = shownEvents(model.items, range);
  const layout = yield* layoutTimelineSteps(model, {
    width,
    height: options.height,
    range,
    view: options.view,
    rtl,
    shown,
  });
  yield 'timeline:layout';
  const empty = data.partnerships.length === 0;
  const layers = timelineLayers({ model, layout, shown, width, rtl, locale, messages, range });
  yield 'timeline:marks';
  return {
    chart: 'timeline',
    width,
    height: empty ? 160 : layout.height,
    locale,
    dir: rtl ? 'rtl' : 'ltr',
    theme,
    title: options.title ?? messages.title,
    summary: timelineSummary(data, shown, locale),
    layers: applySelection(layers, layout, shown, options.selection),
    legend: layout.bounds ? timelineLegend(messages) : [],
    items: timelineItems(layout, shown),
    colors: { ...themePalette(theme) },
    ...(empty ? { empty: uiMessages(locale).empty } : {}),
  };
}
