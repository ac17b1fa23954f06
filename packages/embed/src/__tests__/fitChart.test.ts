import { describe, expect, it } from 'vitest';
import { frameAllowance, heightAttribute, reservedHeight } from '../element/reserve.js';
import { fitChart, SHORT_BY } from '../fitChart.js';

// A chart whose frame (title, summary, legend) takes `frame` px besides its drawing: what fitChart sees.
const chart = (frame: number) => {
  const draws: number[] = [];
  const draw = (h: number) => {
    draws.push(h);
    return h + frame;
  };
  return { draws, draw };
};

describe('reservedHeight: the height an element holds before its code arrives', () => {
  it('is the height attribute when it is usable, whatever the view and width', () => {
    for (const view of ['map', 'network', 'timeline', 'explorer'])
      for (const w of [320, 680, 1200]) expect(reservedHeight(view, w, '480')).toBe(480);
    expect(reservedHeight('map', 680, ' 500px ')).toBe(500);
  });

  it('falls back to the view’s aspect ratio plus room for its frame when the attribute is absent or unusable', () => {
    expect(reservedHeight('map', 680, null)).toBe(Math.round(680 * 0.56) + 204);
    expect(reservedHeight('map', 680, 'tall')).toBe(reservedHeight('map', 680, null));
    expect(reservedHeight('map', 680, '90')).toBe(reservedHeight('map', 680, null));
    // A phone column: never under 360 px; the network's long legend gets more room there.
    expect(reservedHeight('map', 320, null)).toBeGreaterThanOrEqual(360);
    expect(reservedHeight('network', 390, null)).toBeGreaterThan(reservedHeight('map', 390, null));
  });

  it('reads the attribute as the attribute parser does (120–4000 px)', () => {
    expect(heightAttribute('120')).toBe(120);
    expect(heightAttribute('4000px')).toBe(4000);
    expect(heightAttribute('119')).toBeUndefined();
    expect(heightAttribute('4001')).toBeUndefined();
    expect(heightAttribute(null)).toBeUndefined();
  });
});

describe('fitChart: the whole chart takes exactly the reserved height', () => {
  // The first estimate of the frame at 900 px.
  const G = frameAllowance(900);

  it('draws once when the frame is as estimated, twice when not, and ends at the target', () => {
    const known = chart(G);
    fitChart(540, undefined, 900, known.draw);
    expect(known.draws).toEqual([540 - G]);

    const taller = chart(G + 90);
    const frame = fitChart(540, undefined, 900, taller.draw);
    expect(taller.draws).toEqual([540 - G, 450 - G]);
    expect(taller.draws.at(-1)! + G + 90).toBe(540);
    expect(frame).toBe(G + 90);
  });

  it('keeps a first draw up to SHORT_BY px shorter than the target (no second draw), never a taller one', () => {
    const shorter = chart(G - SHORT_BY);
    fitChart(540, undefined, 900, shorter.draw);
    expect(shorter.draws).toEqual([540 - G]);

    const tooShort = chart(G - SHORT_BY - 2);
    fitChart(540, undefined, 900, tooShort.draw);
    expect(tooShort.draws).toEqual([540 - G, 540 - G + SHORT_BY + 2]);

    const taller = chart(G + 1);
    fitChart(540, undefined, 900, taller.draw);
    expect(taller.draws).toEqual([540 - G, 539 - G]);
  });

  it('uses the last measured frame, so a redraw of the same element draws once', () => {
    const c = chart(230);
    fitChart(540, 230, 900, c.draw);
    expect(c.draws).toEqual([310]);
  });

  it('never draws the drawing under 120 px: a frame too tall for the element makes it grow instead', () => {
    const c = chart(400);
    fitChart(300, undefined, 900, c.draw);
    expect(c.draws).toEqual([300 - G, 120]);
  });
});
