import { syntheticDataset, toNetwork } from '@parklinks/data';
import { describe, expect, it } from 'vitest';
import { buildNetworkModel } from './buildNetworkModel.js';
import { describeNode, highlightOf } from './highlight.js';
import { layoutNetwork } from './layoutNetwork.js';
import { linkPath } from './linkPath.js';
import { publicNodeId } from './nodeId.js';
import { staticLabelsOf } from './staticLabels.js';
import { networkFixture } from './testFixture.js';

const data = networkFixture();
const model = buildNetworkModel(layoutNetwork(toNetwork(data), { width: 640, height: 400 }), data, 'en', 'country');

describe('buildNetworkModel', () => {
  it('turns a multilateral agreement into a hub joined to every member', () => {
    const hub = model.byId.get('hub:parks-declaration');
    expect(hub).toMatchObject({ shape: 'diamond', name: 'Global parks declaration' });
    expect(hub?.detail).toBe('Multilateral agreement — 4 parties');
    expect(model.neighbours.get('hub:parks-declaration')?.slice().sort()).toEqual([
      'chengdu',
      'country:DE',
      'sophia',
      'zgc-group',
    ]);
    expect(
      model.links.filter((l) => l.partnershipId === 'parks-declaration').every((l) => l.style.key === 'alliance'),
    ).toBe(true);
  });

  it('uses organization ids without prefix, and country nodes for unnamed parties', () => {
    expect(model.byId.get('zgc-group')?.detail).toBe('Beijing, China — 2 partnerships');
    expect(model.byId.get('country:DE')).toMatchObject({ shape: 'ring', name: 'science parks in Germany (unnamed)' });
  });

  it('orders nodes for the keyboard: most connected first, hubs last', () => {
    expect(model.order.slice(0, 2)).toEqual(['chengdu', 'sophia']);
    expect(model.order.at(-1)).toBe('hub:parks-declaration');
  });

  it('orders each node’s neighbours clockwise from north', () => {
    const c = model.byId.get('chengdu')!;
    const angles = (model.neighbours.get('chengdu') ?? []).map((id) => {
      const n = model.byId.get(id)!;
      const a = Math.atan2(n.x - c.x, c.y - n.y);
      return a < 0 ? a + 2 * Math.PI : a;
    });
    expect(angles).toEqual([...angles].sort((a, b) => a - b));
  });
});

describe('buildNetworkModel, written when read', () => {
  // Parallel agreements, hubs and unnamed parties: every kind of node and link.
  const big = syntheticDataset({ parks: 120, links: 400, seed: 5 });
  const network = toNetwork(big);
  const layout = layoutNetwork(network, { width: 800, height: 500 });
  const lazy = buildNetworkModel(layout, big, 'fr', 'kind');

  it('names every node as it would have eagerly: its name, detail and the titles (or members) it is joined to', () => {
    for (const n of lazy.nodes) {
      const touching = lazy.links.filter((l) => l.source === n.id || l.target === n.id);
      const around =
        n.type === 'hub'
          ? (lazy.neighbours.get(n.id) ?? []).map((id) => lazy.byId.get(id)!.name)
          : [...new Set(touching.map((l) => l.title))];
      expect(n.a11y).toBe(`${n.name}, ${n.detail}${around.length ? `: ${around.join('; ')}` : ''}`);
    }
    expect(lazy.nodes.some((n) => n.type === 'hub')).toBe(true);
    expect(lazy.links.some((l) => l.title.length > 0 && l.title !== l.partnershipId)).toBe(true);
  });

  it('draws each link where linkPath puts it, bowing parallel agreements apart', () => {
    const byId = new Map(network.links.map((l) => [l.id, l]));
    for (const l of lazy.links) {
      const src = byId.get(l.id)!;
      const a = lazy.byId.get(publicNodeId(src.source))!;
      const b = lazy.byId.get(publicNodeId(src.target))!;
      expect(l.d).toBe(linkPath(a.x, a.y, b.x, b.y, src.parallelIndex, src.parallelCount, src.source > src.target));
    }
    expect(lazy.links.some((l) => l.d.includes('Q'))).toBe(true);
  });

  it('gives each node its neighbours: the other end of every link touching it, once each', () => {
    for (const n of lazy.nodes) {
      const ends = new Set(
        lazy.links.flatMap((l) => (l.source === n.id ? [l.target] : l.target === n.id ? [l.source] : [])),
      );
      expect(new Set(lazy.neighbours.get(n.id) ?? [])).toEqual(ends);
      expect(lazy.neighbours.get(n.id)?.length ?? 0).toBe(ends.size);
    }
    expect(lazy.neighbours.get('nothing')).toBeUndefined();
  });
});

describe('highlightOf and describeNode', () => {
  it('highlights a node with its neighbours and links', () => {
    const h = highlightOf(model, 'zgc-group', null);
    expect(h.nodes.slice().sort()).toEqual(['hub:parks-declaration', 'mic', 'zgc-group']);
    expect(h.links.map((l) => l.partnershipId).sort()).toEqual(['mic-zgc', 'parks-declaration']);
  });

  it('highlights the links of a selected partnership', () => {
    const h = highlightOf(model, null, 'chengdu-sophia-2');
    expect(h.links).toHaveLength(1);
    expect(h.nodes.slice().sort()).toEqual(['chengdu', 'sophia']);
    expect(highlightOf(model, null, 'nothing')).toEqual({ nodes: [], links: [] });
  });

  it('describes a node the way the live region says it', () => {
    expect(describeNode(model, 'mic', 'en')).toBe(
      'Moscow Innovation Cluster, Moscow, Russia — 1 partnership; next: ZGC Group',
    );
    expect(describeNode(model, 'mic', 'en', true)).toMatch(/^Moscow Innovation Cluster \(selected\), Moscow/);
    const fr = buildNetworkModel(layoutNetwork(toNetwork(data), { width: 640, height: 400 }), data, 'fr', 'country');
    expect(describeNode(fr, 'mic', 'fr')).toBe(
      'Moscow Innovation Cluster, Moscow, Russie — 1 partenariat; suivant : ZGC Group',
    );
  });
});

describe('staticLabelsOf', () => {
  it('labels the largest nodes first and none of the hubs', () => {
    const labels = staticLabelsOf(model, 640, 400, false);
    expect(labels.map((l) => l.id)).toContain('chengdu');
    expect(labels.some((l) => l.id.startsWith('hub:'))).toBe(false);
    expect(staticLabelsOf(model, 640, 400, false, 1).map((l) => l.id)).toEqual(['chengdu']);
  });
});
