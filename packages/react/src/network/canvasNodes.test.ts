import { buildNetworkModel, layoutNetwork, nodeMark } from '@parklinks/core/network';
import { toNetwork } from '@parklinks/data';
import { describe, expect, it } from 'vitest';
import { networkFixture } from '../../../core/src/network/testFixture.js';
import { drawNodes, nodeColors } from './canvasNodes.js';

const data = networkFixture();
const model = buildNetworkModel(layoutNetwork(toNetwork(data), { width: 640, height: 400 }), data, 'en', 'country');

// A context that writes down what is drawn: each shape with the colours and dash it is filled and stroked in.
function recorder() {
  const shapes: { path: string[]; fill?: string; stroke?: string; width?: number; dash?: number[] }[] = [];
  let path: string[] = [];
  let dash: number[] = [];
  const ctx = {
    globalAlpha: 1,
    lineCap: 'butt',
    lineWidth: 1,
    fillStyle: '',
    strokeStyle: '',
    beginPath: () => {
      path = [];
      shapes.push({ path });
    },
    arc: (x: number, y: number, r: number) => path.push(`circle ${x},${y} r${r}`),
    moveTo: (x: number, y: number) => path.push(`M${x},${y}`),
    lineTo: (x: number, y: number) => path.push(`L${x},${y}`),
    closePath: () => path.push('Z'),
    setLineDash: (d: number[]) => {
      dash = d;
    },
    fill() {
      (shapes.at(-1) as (typeof shapes)[number]).fill = this.fillStyle;
    },
    stroke() {
      const s = shapes.at(-1) as (typeof shapes)[number];
      Object.assign(s, { stroke: this.strokeStyle, width: this.lineWidth, dash });
    },
  };
  return { ctx, shapes };
}

describe('drawNodes', () => {
  it('draws every node’s SVG glyph (disc, dashed ring, diamond) in the model’s order, in the resolved colours', () => {
    const names = nodeColors(model.nodes);
    expect(names.at(-1)).toBe('var(--pl-bg)');
    const resolved = names.map((_, i) => `rgb(${i}, 0, 0)`);
    const ink = (c: string | undefined) => resolved[names.indexOf(c ?? '')];
    const { ctx, shapes } = recorder();
    drawNodes(ctx as unknown as CanvasRenderingContext2D, model.nodes, names, resolved);
    expect(shapes).toHaveLength(model.nodes.length);
    expect(new Set(model.nodes.map((n) => n.shape))).toEqual(new Set(['disc', 'ring', 'diamond']));
    model.nodes.forEach((n, i) => {
      const m = nodeMark(n);
      const s = shapes[i]!;
      // The same outline as the SVG's: the circle, or the diamond's path `M…L…L…L…Z`.
      if (m.type === 'circle') expect(s.path).toEqual([`circle ${n.x},${n.y} r${m.r}`]);
      else expect(`${s.path.join('')}`).toBe(m.d);
      expect(s.fill).toBe(ink(m.fill));
      expect(s.stroke).toBe(ink(m.stroke));
      expect(s.width).toBe(m.strokeWidth);
      expect(s.dash).toEqual(m.type === 'circle' && m.dash ? m.dash.split(' ').map(Number) : []);
    });
  });
});
