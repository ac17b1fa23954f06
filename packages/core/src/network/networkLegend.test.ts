import { toNetwork } from '@parklinks/data';
import { describe, expect, it } from 'vitest';
import { orgKindLabel } from '../shared/kindLabels.js';
import { labelMarks } from './labelMarks.js';
import { legendEntries, networkLegend } from './networkLegend.js';
import { networkFixture } from './testFixture.js';

const network = toNetwork(networkFixture());

describe('networkLegend', () => {
  it('names the kinds behind each colour when nodes are coloured by kind', () => {
    const legend = networkLegend(network, 'en', 'kind');
    const kinds = new Set(network.nodes.flatMap((n) => (n.type === 'organization' && n.kind ? [n.kind] : [])));
    const named = legend.nodes.map((e) => e.label).join(', ');
    expect(kinds.size).toBeGreaterThan(1);
    for (const kind of kinds) expect(named).toContain(orgKindLabel(kind, 'en'));
  });

  it('lists only the link styles drawn, in the scene as lines on their own row', () => {
    const legend = networkLegend(network, 'en', 'country');
    const entries = legendEntries(legend);
    expect(entries.length).toBe(legend.nodes.length + legend.links.length);
    expect(entries.filter((e) => e.newRow).length).toBe(legend.links.length > 0 ? 1 : 0);
    expect(entries.slice(legend.nodes.length).map((e) => e.label)).toEqual(legend.links.map((e) => e.label));
  });
});

describe('labelMarks', () => {
  it('gives a label its own direction only when its script runs against the chart', () => {
    const at = { x: 10, y: 10, width: 40, height: 12 };
    const labels = [
      { ...at, id: 'a', text: 'Skolkovo…' },
      { ...at, id: 'b', text: 'القاهرة' },
    ];
    expect(labelMarks(labels, 'ltr').map((m) => m.dir)).toEqual([undefined, 'rtl']);
    expect(labelMarks(labels, 'rtl').map((m) => m.dir)).toEqual(['ltr', undefined]);
  });
});
