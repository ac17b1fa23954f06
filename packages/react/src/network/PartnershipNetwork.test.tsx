import type { Dataset } from '@parklinks/data';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { networkFixture } from '../../../core/src/network/testFixture.js';
import { PartnershipNetwork } from './PartnershipNetwork.js';

const data = networkFixture();
const appOf = (c: HTMLElement) => c.querySelector('[role="application"]') as HTMLElement;
// The overlay svg on top takes pointer events.
const svgOf = (c: HTMLElement) => c.querySelector('[role="application"] > svg[aria-hidden="true"]') as SVGSVGElement;
const live = (c: HTMLElement) => c.querySelector('[aria-live="polite"]')?.textContent ?? '';
const nodeAt = (c: HTMLElement, id: string) => {
  const g = c.querySelector(`[data-node="${id}"]`);
  const [x, y] = (g?.parentElement?.getAttribute('transform') ?? '').match(/-?[\d.]+/g)?.map(Number) ?? [];
  return { g, x: x ?? NaN, y: y ?? NaN };
};

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('<PartnershipNetwork /> on the server', () => {
  it('renders the same markup twice, with every node, link and name', () => {
    const a = renderToString(<PartnershipNetwork data={data} width={640} height={400} />);
    expect(renderToString(<PartnershipNetwork data={data} width={640} height={400} />)).toBe(a);
    expect(a.match(/data-node="/g)).toHaveLength(8);
    expect(a.match(/<path d="M/g)?.length).toBeGreaterThanOrEqual(8);
    for (const o of data.organizations) expect(a).toContain(o.name.en);
    for (const p of data.partnerships) expect(a).toContain(p.title.en.replace('&', '&amp;'));
  });

  it('hydrates without a warning', async () => {
    const element = <PartnershipNetwork data={data} />;
    const container = document.createElement('div');
    container.innerHTML = renderToString(element);
    document.body.append(container);
    const error = vi.spyOn(console, 'error');
    const warn = vi.spyOn(console, 'warn');
    const root = await act(async () => hydrateRoot(container, element));
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    act(() => root.unmount());
    container.remove();
  });
});

describe('<PartnershipNetwork />', () => {
  it('draws a multilateral agreement as a hub joined to each member, and parallel agreements apart', () => {
    const { container } = render(<PartnershipNetwork data={data} />);
    const hub = nodeAt(container, 'hub:parks-declaration');
    expect(hub.g?.getAttribute('d')).toMatch(/^M0,-[\d.]+L/);
    const name = hub.g?.getAttribute('aria-label') ?? '';
    expect(name).toMatch(/^Global parks declaration, Multilateral agreement — 4 parties: /);
    for (const member of [
      'ZGC Group',
      'Sophia Antipolis',
      'Chengdu Hi-tech Zone',
      'science parks in Germany (unnamed)',
    ])
      expect(name).toContain(member);
    fireEvent.pointerMove(svgOf(container), { clientX: hub.x, clientY: hub.y, pointerType: 'mouse' });
    expect(screen.getByRole('tooltip').textContent).toBe('Global parks declarationMultilateral agreement — 4 parties');
    expect(container.querySelectorAll('svg[role="group"] [data-link-style="alliance"] path')).toHaveLength(4);
    const agreements = [...container.querySelectorAll('svg[role="group"] [data-link-style="agreement"] path')].map(
      (p) => p.getAttribute('d'),
    );
    expect(agreements).toHaveLength(2);
    expect(agreements.every((d) => d?.includes('Q'))).toBe(true);
    expect(agreements[0]).not.toBe(agreements[1]);
    const de = nodeAt(container, 'country:DE');
    fireEvent.pointerMove(svgOf(container), { clientX: de.x, clientY: de.y, pointerType: 'mouse' });
    expect(screen.getByRole('tooltip').textContent).toMatch(/^Science parks? in Germany \(unnamed\)/i);
  });

  it('walks the graph by keyboard and announces each step', async () => {
    const onSelect = vi.fn();
    const { container } = render(<PartnershipNetwork data={data} onSelect={onSelect} />);
    const user = userEvent.setup();
    await user.tab();
    expect(document.activeElement).toBe(appOf(container));
    expect(live(container)).toMatch(
      /^Chengdu Hi-tech Zone, Chengdu, China — 3 partnerships; next: (Sophia Antipolis|Global parks declaration)$/,
    );
    await user.keyboard('{ArrowRight}');
    expect(live(container)).toMatch(
      /^1 of 2: (Sophia Antipolis|Global parks declaration) \(.+\)\. Enter to go there\.$/,
    );
    const picked = live(container).includes('Sophia') ? 'sophia' : 'hub:parks-declaration';
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith(picked);
    expect(live(container)).toMatch(/^(Sophia Antipolis|Global parks declaration) \(selected\), /);
    await user.keyboard('{Escape}');
    expect(onSelect).toHaveBeenLastCalledWith(null);
    expect(live(container)).toBe('Selection cleared');
    await user.keyboard('{End}');
    expect(live(container)).toMatch(/^Global parks declaration, Multilateral agreement — 4 parties; next: /);
  });

  it('highlights the selected node and its neighbourhood', () => {
    const { container } = render(<PartnershipNetwork data={data} selectedId="mic" />);
    const overlay = [...container.querySelectorAll('[data-labels="highlight"] text')];
    expect(overlay.map((t) => t.textContent).sort()).toEqual(['Moscow Innovation Cluster', 'ZGC Group']);
    expect((container.querySelector('svg[role="group"]') as SVGElement).style.opacity).toBe('0.28');
  });

  it('selects a node on click and clears on a click in the background', () => {
    const onSelect = vi.fn();
    const { container } = render(<PartnershipNetwork data={data} onSelect={onSelect} />);
    const mic = nodeAt(container, 'mic');
    fireEvent.click(svgOf(container), { clientX: mic.x, clientY: mic.y });
    expect(onSelect).toHaveBeenLastCalledWith('mic');
    fireEvent.click(svgOf(container), { clientX: 1, clientY: 1 });
    expect(onSelect).toHaveBeenLastCalledWith(null);
  });

  it('shows a tooltip on hover', () => {
    const { container } = render(<PartnershipNetwork data={data} />);
    const zgc = nodeAt(container, 'zgc-group');
    fireEvent.pointerMove(svgOf(container), { clientX: zgc.x + 1, clientY: zgc.y, pointerType: 'mouse' });
    expect(screen.getByRole('tooltip').textContent).toBe('ZGC GroupHi-tech zoneBeijing, China — 2 partnerships');
  });

  it('zooms with Ctrl + wheel only, leaving a plain wheel to scroll the page', () => {
    const { container } = render(<PartnershipNetwork data={data} />);
    const svg = svgOf(container);
    const transform = () => svg.querySelector('g')?.getAttribute('transform');
    expect(fireEvent.wheel(svg, { deltaY: -200 })).toBe(true);
    expect(transform()).toBe('translate(0,0) scale(1)');
    expect(fireEvent.wheel(svg, { deltaY: -200, ctrlKey: true })).toBe(false);
    expect(transform()).toMatch(/scale\(1\.[1-9]/);
    fireEvent.click(screen.getByRole('button', { name: 'Reset zoom' }));
    expect(transform()).toBe('translate(0,0) scale(1)');
  });

  it('stretches the last layout while a resize settles, then lays out for the new size', () => {
    vi.useFakeTimers();
    try {
      const { container, rerender } = render(<PartnershipNetwork data={data} width={640} height={400} />);
      rerender(<PartnershipNetwork data={data} width={320} height={400} />);
      const svg = svgOf(container);
      expect([svg.getAttribute('width'), svg.getAttribute('viewBox')]).toEqual(['320', '0 0 640 400']);
      act(() => {
        vi.advanceTimersByTime(200);
      });
      expect(svgOf(container).getAttribute('viewBox')).toBe('0 0 320 400');
      expect(nodeAt(container, 'mic').x).toBeLessThanOrEqual(320);
    } finally {
      vi.useRealTimers();
    }
  });

  it('speaks Arabic right to left and colours by kind on request', () => {
    const { container } = render(<PartnershipNetwork data={data} locale="ar" colorBy="kind" />);
    expect(container.querySelector('figure')?.getAttribute('dir')).toBe('rtl');
    expect(screen.getByRole('figure', { name: 'شبكة الشراكات' })).toBeTruthy();
    expect(container.querySelector('[data-node="chengdu"]')?.getAttribute('style')).toContain('var(--pl-kind-zone)');
  });

  it('shows bad data in place, naming the record and field', () => {
    const bad = structuredClone(data) as Dataset;
    (bad.organizations[1] as { kind: string }).kind = 'spaceport';
    const { container } = render(<PartnershipNetwork data={bad} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/organizations/);
    expect(alert.textContent).toMatch(/mic/);
    expect(alert.textContent).toMatch(/kind/);
    expect(appOf(container)).toBeNull();
  });

  it('says so when there is nothing to draw', () => {
    render(<PartnershipNetwork data={{ ...data, partnerships: [] }} />);
    expect(screen.getByText('No partnerships to show.')).toBeTruthy();
  });
});
