import { sceneToSvg, selectionKey } from '@parklinks/core';
import { buildNetworkScene } from '@parklinks/core/network';
import { dataset } from '@parklinks/data/dataset';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PartnershipNetwork } from './PartnershipNetwork.js';

const decode = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#x27|#39|apos);/g, (_, e: string) =>
    e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : "'",
  );
// The drawing's named nodes: React gives each one `data-node` and an aria-label; the scene's SVG a <title> per node mark.
const reactNames = (html: string) =>
  new Set([...html.matchAll(/data-node="[^"]*" role="img" aria-label="([^"]*)"/g)].map((m) => decode(m[1] ?? '')));
const reactIds = (html: string) => new Set([...html.matchAll(/data-node="([^"]*)"/g)].map((m) => decode(m[1] ?? '')));
const svgNames = (svg: string) =>
  new Set([...svg.matchAll(/<(?:circle|path)[^>]*><title>([^<]*)<\/title>/g)].map((m) => decode(m[1] ?? '')));

describe('<PartnershipNetwork /> and buildNetworkScene', () => {
  for (const locale of ['en', 'ar'] as const)
    it(`name the same organizations, countries and agreements (${locale})`, () => {
      const html = renderToString(<PartnershipNetwork data={dataset} width={800} locale={locale} />);
      const scene = buildNetworkScene(dataset, { width: 800, locale });
      const names = svgNames(sceneToSvg(scene));
      expect(names.size).toBeGreaterThan(100);
      expect(reactNames(html)).toEqual(names);
      expect(reactIds(html)).toEqual(new Set(scene.items.map((i) => selectionKey(i.ref))));
    });
});

describe('<PartnershipNetwork> children', () => {
  it('hands where the nodes stand to a children function: the scene’s keyboard stops, at the same positions', () => {
    let items: { key: string; x: number; y: number }[] = [];
    const html = renderToString(
      <PartnershipNetwork data={dataset} width={640}>
        {(view) => {
          items = view.items.map((i) => ({ key: selectionKey(i.ref), x: i.x, y: i.y }));
          return view.items.map((i) => <circle key={selectionKey(i.ref)} cx={i.x} cy={i.y} r={2} data-user-mark="" />);
        }}
      </PartnershipNetwork>,
    );
    const scene = buildNetworkScene(dataset, { width: 640 });
    expect(items).toEqual(scene.items.map((i) => ({ key: selectionKey(i.ref), x: i.x, y: i.y })));
    expect(html.match(/data-user-mark=""/g)?.length).toBe(items.length);
  });
});
