import { summarize, syntheticDataset, toTimelineEvents } from '@parklinks/data';
import { dataset } from '@parklinks/data/dataset';
import { describe, expect, it } from 'vitest';
import { textWidth, truncateText } from '../shared/textWidth.js';
import { buildTimelineModel } from './buildTimelineModel.js';
import { fixture } from './testFixture.js';

describe('buildTimelineModel', () => {
  it('keeps undated partnerships (last) without a date, titled and dated in the locale', () => {
    const { items } = buildTimelineModel(fixture(), 'country', 'fr');
    expect(items.map((i) => i.id)).toEqual(['year-reported', 'day-signed', 'month-announced', 'undated']);
    expect(items.find((i) => i.id === 'day-signed')!.title).toBe('Jumelage Chengdu–Sophia');
    expect(items.find((i) => i.id === 'month-announced')!.dateText).toBe('mai 2017');
    const undated = items.find((i) => i.id === 'undated')!;
    expect([undated.start, undated.end, undated.dateText]).toEqual([null, null, 'date inconnue']);
  });
  it('names lanes in the locale, busiest first', () => {
    const { lanes } = buildTimelineModel(fixture(), 'chinese-party', 'zh');
    expect(lanes[0]).toMatchObject({ key: 'org:chengdu', label: '成都高新区', dated: 2 });
    expect(lanes.map((l) => l.key)).toContain('org:zgc');
    const byCountry = buildTimelineModel(fixture(), 'country', 'en').lanes.map((l) => l.label);
    expect(byCountry).toEqual(expect.arrayContaining(['France', 'Russia', 'Egypt', 'Germany']));
  });
  it('places every partnership as toTimelineEvents does, in its order (ties and undated ones included)', () => {
    for (const data of [fixture(), dataset, syntheticDataset({ parks: 300, links: 900, seed: 7 })]) {
      const { items } = buildTimelineModel(data, 'country', 'en');
      const events = toTimelineEvents(data);
      expect(
        items.map(({ id, partnershipId, kind, start, end, precision, basis, undated }) => ({
          id,
          partnershipId,
          kind,
          start,
          end,
          precision,
          basis,
          undated,
        })),
      ).toEqual(events);
    }
  });
  it('counts the same summary figures as summarize', () => {
    for (const data of [fixture(), dataset, syntheticDataset({ parks: 300, links: 900, seed: 7 })])
      expect(buildTimelineModel(data, 'kind', 'en').summary).toEqual(summarize(data));
  });
});

describe('truncateText', () => {
  it('leaves short text alone and cuts long text to the width with an ellipsis', () => {
    expect(truncateText('Short', 200)).toBe('Short');
    const cut = truncateText('A rather long partnership title that will not fit', 100);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut)).toBeLessThanOrEqual(100);
  });
});
