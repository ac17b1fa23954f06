import { sceneToSvg } from '@parklinks/core';
import { buildTimelineScene } from '@parklinks/core/timeline';
import { dataset } from '@parklinks/data/dataset';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PartnershipTimeline } from './PartnershipTimeline.js';

const decode = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#x27|#39|apos);/g, (_, e: string) =>
    e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : "'",
  );
// The drawing's named events: React gives each mark and chip `data-i`, role="img" and an aria-label (the hidden
// data table has none of these); the scene's SVG a <title> in each event mark and chip.
const reactNames = (html: string) =>
  new Set([...html.matchAll(/data-i="\d+" role="img" aria-label="([^"]*)"/g)].map((m) => decode(m[1] ?? '')));
const svgNames = (svg: string) =>
  new Set([...svg.matchAll(/<(?:circle|rect)[^>]*><title>([^<]*)<\/title>/g)].map((m) => decode(m[1] ?? '')));

describe('<PartnershipTimeline /> and buildTimelineScene', () => {
  for (const [locale, width] of [
    ['en', 800],
    ['ar', 800],
    ['en', 360],
  ] as const)
    it(`name the same partnerships (${locale}, ${width} px)`, () => {
      const html = renderToString(<PartnershipTimeline data={dataset} width={width} locale={locale} />);
      const scene = buildTimelineScene(dataset, { width, locale });
      const names = svgNames(sceneToSvg(scene));
      expect(names.size).toBeGreaterThan(90);
      expect(reactNames(html)).toEqual(names);
      // Every drawn partnership is one of the scene's keyboard stops.
      const items = new Set(scene.items.map((i) => i.name));
      for (const n of names) expect(items.has(n)).toBe(true);
    });
});

describe('<PartnershipTimeline> children', () => {
  it('hands where the events stand to a children function: the scene’s keyboard stops', () => {
    let names: string[] = [];
    const html = renderToString(
      <PartnershipTimeline data={dataset} width={800}>
        {(view) => {
          names = view.items.map((i) => i.name);
          return view.items.map((i) => <circle key={i.ref.id} cx={i.x} cy={i.y} r={2} data-user-mark="" />);
        }}
      </PartnershipTimeline>,
    );
    expect(names).toEqual(buildTimelineScene(dataset, { width: 800 }).items.map((i) => i.name));
    expect(html.match(/data-user-mark=""/g)?.length).toBe(names.length);
  });
});
