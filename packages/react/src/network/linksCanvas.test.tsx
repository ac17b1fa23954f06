import { DASH_LIMIT, NAME_LIMIT } from '@parklinks/core/network';
import { syntheticDataset } from '@parklinks/data';
import { cleanup, fireEvent, render } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { PartnershipNetwork } from './PartnershipNetwork.js';

afterEach(cleanup);

// More links than DASH_LIMIT: a browser strokes them on a canvas, the server writes them as paths.
const data = syntheticDataset({ parks: 300, links: DASH_LIMIT + 500 });

describe('<PartnershipNetwork> with very many links', () => {
  it('draws the links on a canvas in a browser and keeps every node named in the DOM', () => {
    const { container } = render(<PartnershipNetwork data={data} width={800} height={500} />);
    const canvas = container.querySelector('canvas[data-links]');
    expect(Number(canvas?.getAttribute('data-links'))).toBeGreaterThan(DASH_LIMIT);
    expect(container.querySelectorAll('svg[role="group"] [data-link-style] path')).toHaveLength(0);
    const named = container.querySelectorAll('svg[role="group"] [data-node][aria-label]');
    expect(named.length).toBeGreaterThan(250);
  });

  it('fades the canvas and the svg under one veil while a node is selected, not as a group with an opacity', () => {
    const veil = (c: HTMLElement) => c.querySelector('[data-links-canvas] > [data-veil]') as HTMLElement;
    const { container, rerender } = render(<PartnershipNetwork data={data} width={800} height={500} />);
    expect(veil(container).style.opacity).toBe('0');
    const id = data.organizations[0]?.id ?? '';
    rerender(<PartnershipNetwork data={data} width={800} height={500} selectedId={id} />);
    expect(veil(container).style.opacity).toBe('0.72');
    expect(veil(container).style.background).toBe('var(--pl-bg)');
    // Last in the drawing's box: above the canvas and the svg's labels, under the highlight drawn after it.
    expect(veil(container).previousElementSibling?.getAttribute('role')).toBe('group');
    expect((container.querySelector('[data-links-canvas]') as HTMLElement).style.opacity).toBe('');
  });

  it('writes them as SVG paths on the server', () => {
    const html = renderToString(<PartnershipNetwork data={data} width={800} height={500} />);
    expect(html).not.toContain('<canvas');
    expect(html.match(/<path d="M/g)?.length ?? 0).toBeGreaterThan(DASH_LIMIT);
  });
});

// More nodes than NAME_LIMIT: a browser draws them on the canvas and names only the keyboard's node; the server draws
// and names them all.
const many = syntheticDataset({ parks: 6000, links: 8000, seed: 2 });

describe('<PartnershipNetwork> with very many nodes', () => {
  it('draws the nodes on the canvas and names the keyboard’s node, the element aria-activedescendant points at', () => {
    const { container } = render(<PartnershipNetwork data={many} width={960} height={600} />);
    const canvas = container.querySelector('canvas[data-nodes]');
    expect(Number(canvas?.getAttribute('data-nodes'))).toBeGreaterThan(NAME_LIMIT);
    const group = container.querySelector('svg[role="group"]') as SVGSVGElement;
    expect(group.querySelectorAll('[data-node]')).toHaveLength(0);
    const named = () => group.querySelectorAll('[data-node][aria-label]');
    expect(named()).toHaveLength(0);
    const app = container.querySelector('[role="application"]') as HTMLElement;
    const live = () => container.querySelector('[aria-live="polite"]')?.textContent ?? '';
    const active = () => document.getElementById(app.getAttribute('aria-activedescendant') ?? '');
    expect(app.getAttribute('aria-activedescendant')).toBeNull();

    fireEvent.focus(app);
    expect(named()).toHaveLength(1);
    expect(active()).toBe(named()[0]);
    const first = active()?.getAttribute('data-node');
    // Its name is the one the live region speaks ("<name>, <detail>; next: …"), followed by its partnerships.
    const spoken = live().slice(0, live().indexOf(';'));
    expect(spoken.length).toBeGreaterThan(0);
    expect(active()?.getAttribute('aria-label')?.startsWith(`${spoken}: `)).toBe(true);

    // The walk goes on as with every node named: Page Down steps to the next node by size.
    fireEvent.keyDown(app, { key: 'PageDown' });
    expect(named()).toHaveLength(1);
    expect(active()).toBe(named()[0]);
    expect(active()?.getAttribute('data-node')).not.toBe(first);
    expect(
      active()
        ?.getAttribute('aria-label')
        ?.startsWith(live().slice(0, live().indexOf(';'))),
    ).toBe(true);

    // The pointer finds a node without an element of its own (jsdom's boxes sit at 0, 0): its tooltip names it.
    const svg = container.querySelector('[role="application"] > svg[aria-hidden="true"]') as SVGSVGElement;
    const at = active() as Element;
    const name = live().slice(0, live().indexOf(','));
    fireEvent.blur(app);
    expect(app.getAttribute('aria-activedescendant')).toBeNull();
    expect(named()).toHaveLength(0);
    fireEvent.pointerMove(svg, {
      clientX: Number(at.getAttribute('cx')),
      clientY: Number(at.getAttribute('cy')),
      pointerType: 'mouse',
    });
    expect(container.querySelector('[role="tooltip"]')?.textContent).toContain(name);
  }, 60_000);

  it('names every node on the server', () => {
    const html = renderToString(<PartnershipNetwork data={many} width={960} height={600} />);
    expect(html.match(/data-node="[^"]*" role="img" aria-label="/g)?.length ?? 0).toBeGreaterThan(NAME_LIMIT);
  }, 60_000);
});
