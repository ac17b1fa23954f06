import { syntheticDataset } from '@parklinks/data';
import { describe, expect, it } from 'vitest';
import { buildTimelineModel } from './buildTimelineModel.js';
import { eventGeometry } from './eventMarks.js';
import { layoutTimeline } from './layoutTimeline.js';
import { markAt } from './markHit.js';

const lanes = layoutTimeline(buildTimelineModel(syntheticDataset({ parks: 300, links: 1500 }), 'country', 'en'), {
  width: 900,
  height: 600,
}).lanes!;

describe('markAt', () => {
  it('finds every mark at the middle of what is drawn for it', () => {
    expect(lanes.marks.length).toBeGreaterThan(1000);
    for (const m of lanes.marks) {
      const g = eventGeometry({ ...m, b0: m.y, size: m.h, pointSize: lanes.pointSize });
      const [x, y] = g.kind === 'circle' ? [g.cx, g.cy] : [g.x + g.width / 2, g.y + g.height / 2];
      const hit = markAt(lanes, x, y);
      // Marks may touch: the hit is this mark or one whose extent also holds the point.
      expect(hit).not.toBeNull();
      if (hit !== m) expect(x >= hit!.a0 - 1.5 && x <= hit!.a1 + 1.5 && hit!.y === m.y).toBe(true);
    }
  });

  it('finds nothing above the lanes, beside a row’s marks or far from any mark', () => {
    expect(markAt(lanes, 100, -5)).toBeNull();
    expect(markAt(lanes, -50, lanes.marks[0]!.y + 1)).toBeNull();
    const m = lanes.marks[0]!;
    const inRow = lanes.marks.filter((o) => o.y === m.y);
    const end = Math.max(...inRow.map((o) => o.a1));
    expect(markAt(lanes, end + 10, m.y + m.h / 2)).toBeNull();
    expect(markAt(lanes, 100, lanes.height + 50)).toBeNull();
  });
});
