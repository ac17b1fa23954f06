import { sceneToSvg } from '@parklinks/core';
import { basemapFeatures, buildMapScene, markerId, worldBasemap } from '@parklinks/core/map';
import { dataset } from '@parklinks/data/dataset';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PartnershipMap } from './PartnershipMap.js';

const decode = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#x27|#39|apos);/g, (_, e: string) =>
    e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : "'",
  );
// React names each marker on its element (<circle> or a cluster's <g>) with data-id, role="img" and aria-label; the
// scene's SVG gives that element a <title>.
const reactNames = (html: string) =>
  new Set([...html.matchAll(/<(?:g|circle)[^>]* role="img" aria-label="([^"]*)"/g)].map((m) => decode(m[1] ?? '')));
const reactIds = (html: string) =>
  new Set([...html.matchAll(/<(?:g|circle)[^>]* data-id="([^"]*)"[^>]* role="img"/g)].map((m) => decode(m[1] ?? '')));
const svgNames = (svg: string) =>
  new Set(
    [...svg.matchAll(/<(?:g|circle) [^>]*data-id="[^"]*"[^>]*><title>([^<]*)<\/title>/g)].map((m) =>
      decode(m[1] ?? ''),
    ),
  );

describe('<PartnershipMap /> and buildMapScene', () => {
  for (const locale of ['en', 'ar', 'zh'] as const)
    it(`name the same organizations, cities and countries (${locale})`, () => {
      const html = renderToString(<PartnershipMap data={dataset} width={800} locale={locale} />);
      const scene = buildMapScene(dataset, { width: 800, locale, basemap: basemapFeatures(worldBasemap) });
      const names = svgNames(sceneToSvg(scene));
      expect(names.size).toBeGreaterThan(50);
      expect(reactNames(html)).toEqual(names);
      expect(reactIds(html)).toEqual(new Set(scene.items.map((i) => markerId(i.ref))));
    });
});

describe('<PartnershipMap> children', () => {
  it('hands where the markers stand to a children function (the scene’s keyboard stops), which draws over the map', () => {
    let ids: string[] = [];
    const html = renderToString(
      <PartnershipMap data={dataset} width={640}>
        {(view) => {
          ids = view.items.map((i) => markerId(i.ref));
          return view.items.map((i) => <circle key={markerId(i.ref)} cx={i.x} cy={i.y} r={2} data-user-mark="" />);
        }}
      </PartnershipMap>,
    );
    const scene = buildMapScene(dataset, { width: 640, basemap: basemapFeatures(worldBasemap) });
    expect(new Set(ids)).toEqual(new Set(scene.items.map((i) => markerId(i.ref))));
    expect(html.match(/data-user-mark=""/g)?.length).toBe(ids.length);
    expect(renderToString(<PartnershipMap data={dataset} width={640} />)).not.toContain('data-scene-overlay');
  });
});
