import {
  compareTimelineEvents,
  type Dataset,
  type DatasetSummary,
  indexDataset,
  localize,
  type Organization,
  type Partnership,
  periodOf,
  summaryCounter,
  type TimelineEvent,
} from '@parklinks/data';
import { countryName, type Locale } from '../shared/i18n.js';
import { partnershipKindLabel } from '../shared/kindLabels.js';
import { uiMessages } from '../shared/messages.js';
import { dateText } from './dateText.js';
import { type LaneBy, laneOf, orgLaneName } from './laneOf.js';
import { timelineMessages } from './messages.js';

/** A timeline event with what the component shows about it, in one locale. */
export type TimelineItem = TimelineEvent & {
  partnership: Partnership;
  title: string;
  /** "5 Jul 2016", "May 2017", "2016" or the localized "date unknown". */
  dateText: string;
  /** Localized names of the named parties (with the body each belongs to), for the accessible name. */
  parties: string;
  lane: string;
};
export type TimelineLane = { key: string; label: string; count: number; dated: number };
export type TimelineModel = {
  items: TimelineItem[];
  lanes: TimelineLane[];
  /** The figures of the data set's summary sentence (as `summarize` gives them), counted in the same pass. */
  summary: DatasetSummary;
};

/**
 * Everything the timeline draws, in one pass: events in time order (undated last), each with its
 * localized title, date text and lane; lanes with localized names, the busiest first (ties by key,
 * not by a locale collation, so server and browser agree), the "unknown" lane last.
 */
function partyNames(
  orgs: Map<string, Organization>,
  p: Partnership,
  locale: Locale,
  names: Map<string, string | null>,
): string {
  let out = '';
  let first = true;
  for (const x of p.parties) {
    if (!('org' in x)) continue;
    // Each organization is named once per call (10,000 partnerships share a few thousand parties).
    let name = names.get(x.org);
    if (name === undefined) {
      const o = orgs.get(x.org);
      const parent = o?.parent ? orgs.get(o.parent) : undefined;
      name = o ? `${localize(o.name, locale)}${parent ? ` (${localize(parent.name, locale)})` : ''}` : null;
      names.set(x.org, name);
    }
    if (name === null) continue;
    out = first ? name : `${out}; ${name}`;
    first = false;
  }
  return out;
}

/** The title in `locale`: the text in that very locale when it has one (most titles), else `localize`'s fallbacks. */
const titleIn = (p: Partnership, locale: Locale): string =>
  (Object.hasOwn(p.title, locale) ? (p.title as Record<string, string | undefined>)[locale] : undefined) ??
  localize(p.title, locale);

export function buildTimelineModel(data: Dataset, laneBy: LaneBy, locale: Locale): TimelineModel {
  const m = timelineMessages(locale);
  const unknown = uiMessages(locale).dateUnknown;
  const { organizations: orgs } = indexDataset(data);
  const lanes = new Map<string, TimelineLane>();
  const items: TimelineItem[] = [];
  const names = new Map<string, string | null>();
  const summary = summaryCounter(orgs);
  // Items made straight from the partnerships and sorted in `toTimelineEvents`' order (no event object per
  // partnership to copy from: 100,000 of them were a good part of the largest timeline's garbage).
  for (const p of data.partnerships) {
    summary.add(p);
    const lane = laneOf(data, p, laneBy);
    let info = lanes.get(lane.key);
    if (!info) {
      const label =
        lane.type === 'country'
          ? countryName(lane.value, locale)
          : lane.type === 'kind'
            ? partnershipKindLabel(p.kind, locale)
            : lane.type === 'chinese-party'
              ? orgLaneName(data, lane.value, locale)
              : laneBy === 'chinese-party'
                ? m.noChineseParty
                : m.noCountry;
      info = { key: lane.key, label, count: 0, dated: 0 };
      lanes.set(lane.key, info);
    }
    info.count += 1;
    const period = p.date ? periodOf(p.date.value) : null;
    if (period) info.dated += 1;
    // Built field by field (no spread): this runs once per partnership, before anything is drawn.
    items.push({
      id: p.id,
      partnershipId: p.id,
      kind: p.kind,
      start: period ? period.start : null,
      end: period ? period.end : null,
      precision: p.date ? p.date.precision : 'unknown',
      basis: p.date ? p.date.basis : 'unknown',
      undated: !p.date,
      partnership: p,
      title: titleIn(p, locale),
      dateText: p.date ? dateText(p.date, locale) : unknown,
      parties: partyNames(orgs, p, locale, names),
      lane: info.key,
    });
  }
  items.sort(compareTimelineEvents);
  const order = [...lanes.values()].sort(
    (a, b) =>
      Number(a.key === 'none') - Number(b.key === 'none') ||
      b.dated - a.dated ||
      b.count - a.count ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return { items, lanes: order, summary: summary.result() };
}
