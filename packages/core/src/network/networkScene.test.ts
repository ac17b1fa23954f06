import { syntheticDataset, toNetwork } from '@parklinks/data';
import { describe, expect, it } from 'vitest';
import { snapshotData } from '../../../../tests/snapshots/fixture.js';
import { compareSvgSnapshot } from '../../../../tests/snapshots/svgSnapshot.js';
import { sceneToSvg } from '../scene/sceneToSvg.js';
import type { CircleMark, Mark, Scene, SceneLayer } from '../scene/types.js';
import { buildNetworkModel } from './buildNetworkModel.js';
import { walkGraph } from './graphWalk.js';
import { layoutNetwork } from './layoutNetwork.js';
import { networkMessages } from './messages.js';
import { buildNetworkScene, type NetworkSceneOptions } from './networkScene.js';
import { networkFixture } from './testFixture.js';

const selected = { type: 'organization', id: 'skolkovo-foundation' } as const;
const states: Record<string, [Parameters<typeof buildNetworkScene>[0], NetworkSceneOptions]> = {
  default: [snapshotData, { width: 800 }],
  selected: [snapshotData, { width: 800, selection: selected }],
  ar: [snapshotData, { width: 800, locale: 'ar' }],
  dark: [snapshotData, { width: 800, theme: 'dark' }],
  narrow: [snapshotData, { width: 360 }],
  dense: [syntheticDataset({ parks: 150, links: 400, seed: 1 }), { width: 800 }],
};

describe('buildNetworkScene snapshots', () => {
  for (const [state, [data, options]] of Object.entries(states))
    it(`draws the ${state} network as before`, () => {
      const message = compareSvgSnapshot(`network-${state}`, sceneToSvg(buildNetworkScene(data, options)));
      expect(message).toBeUndefined();
    });
});

const layer = (s: Scene, id: string) => s.layers.find((l) => l.id === id) as SceneLayer;
const flat = (marks: readonly Mark[]): Mark[] => marks.flatMap((m) => (m.type === 'group' ? flat(m.children) : [m]));

describe('buildNetworkScene', () => {
  const data = networkFixture();
  const scene = buildNetworkScene(data, { width: 640, height: 400 });

  it('draws links, nodes and labels, bottom to top, and names every node', () => {
    expect(scene.layers.map((l) => l.id)).toEqual(['links', 'nodes', 'labels']);
    const nodes = layer(scene, 'nodes').marks;
    expect(nodes.length).toBe(toNetwork(data).nodes.length);
    expect(nodes.every((m) => m.ref && m.name)).toBe(true);
    expect(flat(layer(scene, 'links').marks).length).toBe(toNetwork(data).links.length);
  });

  it('lists its items in the order the keyboard walks them, from where it starts', () => {
    const model = buildNetworkModel(layoutNetwork(toNetwork(data), { width: 640, height: 400 }), data, 'en', 'country');
    const ctx = { neighbours: () => [], order: model.order, selected: null, rtl: false };
    let state = walkGraph({ current: null, cursor: -1 }, 'Home', ctx).state;
    const walked = [state.current];
    for (let i = 1; i < model.order.length; i++) {
      state = walkGraph(state, 'PageDown', ctx).state;
      walked.push(state.current);
    }
    expect(scene.items.map((i) => i.ref.id)).toEqual(walked.map((id) => id?.replace(/^(country|hub):/, '')));
  });

  it('has a legend entry for each country group present, then the link styles on a new row', () => {
    const m = networkMessages('en');
    const labels = scene.legend.map((e) => e.label);
    expect(labels).toContain(m.groups.china);
    expect(labels).toContain(m.groups.russia);
    expect(labels).not.toContain(m.groups.americas);
    const firstLink = scene.legend.findIndex((e) => e.swatch.shape === 'line');
    expect(scene.legend[firstLink]?.newRow).toBe(true);
    expect(scene.legend.slice(firstLink).every((e) => e.swatch.shape === 'line')).toBe(true);
  });

  it('colours with the theme palette and the group colours', () => {
    expect(scene.colors.bg).toBe('#ffffff');
    expect(scene.colors['group-china']).toBe('#d55e00');
    expect(buildNetworkScene(data, { width: 640, theme: 'dark' }).colors['group-china']).toBe('#f0895a');
  });

  it('dims the drawing under a selected organization and draws its neighbourhood on top', () => {
    const id = scene.items[0]?.ref.id as string;
    const s = buildNetworkScene(data, { width: 640, height: 400, selection: { type: 'organization', id } });
    expect(s.layers.map((l) => l.id)).toEqual(['links', 'nodes', 'labels', 'highlight']);
    for (const l of s.layers.slice(0, 3)) expect(l.marks.every((m) => m.opacity === 0.28)).toBe(true);
    const top = layer(s, 'highlight').marks;
    const ring = top.find((m) => m.key === 'selected') as CircleMark;
    const node = layer(s, 'nodes').marks.find((m) => m.key === id) as CircleMark;
    expect([ring.x, ring.y, ring.r]).toEqual([node.x, node.y, node.r + 3]);
    expect(top.filter((m) => m.type === 'text').length).toBeGreaterThan(0);
  });

  it('leaves the drawing undimmed when the selection names nothing', () => {
    const s = buildNetworkScene(data, { width: 640, height: 400, selection: { type: 'organization', id: 'nope' } });
    expect(s.layers.map((l) => l.id)).toEqual(['links', 'nodes', 'labels']);
    expect(s.layers.every((l) => l.marks.every((m) => m.opacity === undefined))).toBe(true);
  });

  it('highlights a selected partnership’s links', () => {
    const partnership = data.partnerships[0]?.id as string;
    const s = buildNetworkScene(data, { width: 640, height: 400, selection: { type: 'partnership', id: partnership } });
    const links = flat(layer(s, 'highlight').marks).filter((m) => m.ref?.type === 'partnership');
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((m) => m.ref?.id === partnership)).toBe(true);
  });

  it('says there is nothing to draw for an empty data set', () => {
    const s = buildNetworkScene({ ...data, partnerships: [] }, { width: 640 });
    expect(s.empty).toBe('No partnerships to show.');
  });

  it('keeps links thin under a zoom', () => {
    const s = buildNetworkScene(data, { width: 640, height: 400, zoom: { k: 2, x: -100, y: -50 } });
    const wrap = layer(s, 'links').marks[0];
    expect(wrap?.type === 'group' && wrap.transform).toBe('translate(-100 -50) scale(2)');
    const family = wrap?.type === 'group' ? wrap.children[0] : undefined;
    expect(family?.strokeWidth).toBeLessThan(1);
  });
});
