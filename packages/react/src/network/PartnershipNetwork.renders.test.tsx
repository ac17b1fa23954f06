import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps, ComponentType } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { networkFixture } from '../../../core/src/network/testFixture.js';
import { PartnershipNetwork } from './PartnershipNetwork.js';

// Counts renders: of NetworkView (it calls useNodeFinder once per render), of the static graph
// layer, and of the permanent labels (the overlay draws its labels through the same component).
const renders = vi.hoisted(() => ({ view: 0, graph: 0, staticLabels: 0, highlightLabels: 0 }));
async function counted<P extends object>(layer: unknown, count: (p: P) => void) {
  const { createElement, memo } = await import('react');
  // A memo() component keeps its function in `type`: wrap that, and memoise the wrapper the same way.
  const inner = (layer as { type: ComponentType<P> }).type;
  // biome-ignore lint/correctness/noComponentHookFactories: made once per mocked module, in place of its layer
  return memo(function Counted(p: P) {
    count(p);
    return createElement(inner, p);
  });
}
vi.mock('./useNodeFinder.js', async (load) => {
  const mod = await load<typeof import('./useNodeFinder.js')>();
  return {
    useNodeFinder: (...args: Parameters<typeof mod.useNodeFinder>) => {
      renders.view++;
      return mod.useNodeFinder(...args);
    },
  };
});
vi.mock('./GraphLayer.js', async (load) => {
  const mod = await load<typeof import('./GraphLayer.js')>();
  return { ...mod, GraphLayer: await counted(mod.GraphLayer, () => renders.graph++) };
});
vi.mock('./LabelsLayer.js', async (load) => {
  const mod = await load<typeof import('./LabelsLayer.js')>();
  type Props = ComponentProps<typeof mod.LabelsLayer>;
  const count = (p: Props) => (p.layer === 'highlight' ? renders.highlightLabels++ : renders.staticLabels++);
  return { ...mod, LabelsLayer: await counted<Props>(mod.LabelsLayer, count) };
});

const data = networkFixture();
const overlayOf = (c: HTMLElement) =>
  c.querySelector('[role="application"] > svg[aria-hidden="true"]') as SVGSVGElement;
const nodeAt = (c: HTMLElement, id: string) => {
  const g = c.querySelector(`[data-node="${id}"]`);
  const [x, y] = (g?.parentElement?.getAttribute('transform') ?? '').match(/-?[\d.]+/g)?.map(Number) ?? [];
  return { x: x ?? NaN, y: y ?? NaN };
};
const boldLabels = (c: HTMLElement) =>
  [...c.querySelectorAll('[data-labels="highlight"] text')].map((t) => t.textContent).sort();

afterEach(cleanup);

describe('<PartnershipNetwork /> renders', () => {
  it('hovers and walks by keyboard without rendering the static graph or its labels again', async () => {
    const { container } = render(<PartnershipNetwork data={data} width={640} height={400} />);
    const first = { ...renders };
    expect(first.view).toBeGreaterThan(0);
    expect(first.graph).toBeGreaterThan(0);
    expect(first.staticLabels).toBeGreaterThan(0);

    const overlay = overlayOf(container);
    const hover = (id: string) => {
      const p = nodeAt(container, id);
      fireEvent.pointerMove(overlay, { clientX: p.x, clientY: p.y, pointerType: 'mouse' });
    };
    hover('mic');
    // The neighbourhood is highlighted and labelled, the tooltip names the node, the graph fades.
    expect(boldLabels(container)).toEqual(['Moscow Innovation Cluster', 'ZGC Group']);
    expect(screen.getByRole('tooltip').textContent).toMatch(/^Moscow Innovation Cluster/);
    expect((container.querySelector('svg[role="group"]') as SVGElement).style.opacity).toBe('0.28');
    hover('zgc-group');
    expect(screen.getByRole('tooltip').textContent).toMatch(/^ZGC Group/);
    expect(boldLabels(container)).toContain('ZGC Group');
    fireEvent.pointerLeave(overlay);
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(boldLabels(container)).toEqual([]);
    expect((container.querySelector('svg[role="group"]') as SVGElement).style.opacity).toBe('1');
    // Only the overlay and the tooltip rendered: not the view that owns the hover store.
    expect(renders.view).toBe(first.view);

    const user = userEvent.setup();
    await user.tab();
    await user.keyboard('{ArrowRight}{ArrowRight}{PageDown}');
    expect(screen.getByRole('tooltip')).toBeTruthy();

    // Keyboard steps render the view and the overlay, never the memoised static layers.
    expect(renders.view).toBeGreaterThan(first.view);
    expect(renders.highlightLabels).toBeGreaterThan(first.highlightLabels + 3);
    expect(renders.graph).toBe(first.graph);
    expect(renders.staticLabels).toBe(first.staticLabels);
  });
});
