// What a user of a general timeline library would derive from a parklinks data set: one item per dated
// partnership, a point for a day and a span for a month or a year, labelled with the English title.
import { type Dataset, toTimelineEvents } from '@parklinks/data';

export type PeerEvent = { id: string; title: string; start: number; end: number; point: boolean };

export function peerTimelineData(data: Dataset): PeerEvent[] {
  const titles = new Map(data.partnerships.map((p) => [p.id, p.title.en ?? p.id]));
  return toTimelineEvents(data).flatMap((e) =>
    e.start === null || e.end === null
      ? []
      : [{ id: e.id, title: titles.get(e.id) ?? e.id, start: e.start, end: e.end, point: e.precision === 'day' }],
  );
}
