import { describe, expect, it } from 'vitest';
import { geometryPath, type LinkSink, linkGeometry, linkPath, traceLink, traceLinkPath } from './linkPath.js';

const control = (d: string) =>
  d
    .match(/Q(-?[\d.]+),(-?[\d.]+)/)
    ?.slice(1)
    .map(Number) as [number, number];

describe('linkPath', () => {
  it('draws a single link straight, rounded to 0.1 px', () => {
    expect(linkPath(0.04, 0, 100.26, 0)).toBe('M0,0L100.3,0');
  });

  it('bows parallel agreements apart, symmetric about the straight line', () => {
    const paths = [0, 1, 2].map((i) => linkPath(0, 0, 100, 0, i, 3));
    expect(paths[1]).toBe('M0,0L100,0');
    const [a, c] = [control(paths[0]!), control(paths[2]!)];
    expect(a[0]).toBe(50);
    expect(a[1]).toBeCloseTo(-c[1]);
    expect(Math.abs(a[1])).toBeGreaterThan(5);
    const two = [0, 1].map((i) => control(linkPath(0, 0, 100, 0, i, 2)));
    expect(two[0]![1]).toBeCloseTo(-two[1]![1]);
  });

  it('keeps a bow on the same side when the link is stored the other way round', () => {
    const forward = control(linkPath(0, 0, 100, 0, 0, 2));
    const backward = control(linkPath(100, 0, 0, 0, 0, 2, true));
    expect(backward[1]).toBeCloseTo(forward[1]);
  });
});

describe('traceLinkPath', () => {
  const record = (d: string) => {
    const calls: string[] = [];
    traceLinkPath(d, {
      moveTo: (x, y) => calls.push(`M${x},${y}`),
      lineTo: (x, y) => calls.push(`L${x},${y}`),
      quadraticCurveTo: (cx, cy, x, y) => calls.push(`Q${cx},${cy} ${x},${y}`),
    });
    return calls.join('');
  };

  it('traces what linkPath writes, straight and bowed, into the same commands', () => {
    for (const d of [
      linkPath(0.04, -3.5, 100.26, 7),
      linkPath(10, 20, -30.55, 40, 0, 2),
      linkPath(5, 5, 5, 5, 1, 3),
      linkPath(-1e3, 2e3, 3.33, -4.44, 2, 3, true),
    ])
      expect(record(d)).toBe(d);
  });

  it('leaves out what it cannot read', () => {
    expect(record('')).toBe('');
    expect(record('M1,2Z')).toBe('');
    expect(record('M1,2Lx,3')).toBe('');
  });
});

describe('linkGeometry and traceLink', () => {
  const recorder = () => {
    const calls: string[] = [];
    const sink: LinkSink = {
      moveTo: (x, y) => calls.push(`M${x},${y}`),
      lineTo: (x, y) => calls.push(`L${x},${y}`),
      quadraticCurveTo: (cx, cy, x, y) => calls.push(`Q${cx},${cy} ${x},${y}`),
    };
    return { calls, sink };
  };
  // Seeded cases: straight and bowed links, either way round, short and long, coincident ends.
  let seed = 7;
  const rnd = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const cases = Array.from({ length: 400 }, (_, i) => {
    const count = 1 + (i % 4);
    const same = i % 37 === 0;
    const x1 = (rnd() - 0.3) * 1000;
    const y1 = (rnd() - 0.3) * 700;
    return [
      x1,
      y1,
      same ? x1 : x1 + (rnd() - 0.5) * (i % 5 === 0 ? 4 : 600),
      same ? y1 : y1 + (rnd() - 0.5) * 400,
      i % count,
      count,
      i % 3 === 0,
    ] as const;
  });

  it('writes the same path as linkPath from its numbers', () => {
    for (const c of cases) expect(geometryPath(linkGeometry(...c))).toBe(linkPath(...c));
    expect(Number.isNaN(linkGeometry(0, 0, 100, 0).cx)).toBe(true);
    expect(Number.isNaN(linkGeometry(0, 0, 100, 0, 0, 2).cx)).toBe(false);
  });

  it('traces on a canvas exactly what the SVG path draws', () => {
    for (const c of cases) {
      const fromNumbers = recorder();
      traceLink(linkGeometry(...c), fromNumbers.sink);
      const fromString = recorder();
      traceLinkPath(linkPath(...c), fromString.sink);
      expect(fromNumbers.calls).toEqual(fromString.calls);
      expect(fromNumbers.calls.join('')).toBe(linkPath(...c));
    }
  });
});
