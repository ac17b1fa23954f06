import { type Dataset, localize, syntheticDataset, toMapArcs } from '@parklinks/data';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { memo } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixture } from '../../../core/src/map/testFixture.js';
import { ArcsLayer } from './ArcsLayer.js';
import { PartnershipMap } from './PartnershipMap.js';

// Count renders of the static arc layer, to prove hover and focus do not redraw every arc.
const arcRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('./ArcsLayer.js', async (importOriginal) => {
  const mod = await importOriginal<typeof import('./ArcsLayer.js')>();
  const inner = (mod.ArcsLayer as unknown as { type: (p: object) => unknown }).type;
  return {
    ...mod,
    ArcsLayer: memo((props: Parameters<typeof mod.ArcsLayer>[0]) => {
      arcRenders.count += 1;
      return inner(props) as ReturnType<typeof mod.ArcsLayer>;
    }),
  };
});

afterEach(cleanup);
const svg = (c: HTMLElement) => c.querySelector('svg[role="application"]') as SVGSVGElement;
const active = (c: HTMLElement) => {
  const id = svg(c).getAttribute('aria-activedescendant');
  return id ? c.querySelector(`[id="${id}"]`)?.getAttribute('data-id') : null;
};

describe('<PartnershipMap />', () => {
  it('draws one static path per pair of places, weighted by agreements, without dashes', () => {
    const { container } = render(<PartnershipMap data={fixture} width={960} height={540} />);
    const layer = container.querySelector('[data-arcs]') as Element;
    const pairs = [...layer.querySelectorAll('path[data-pair]')];
    // Five legs, four pairs of places: Moscow's two organizations share their city's path to Shenzhen.
    expect(layer.getAttribute('data-arcs')).toBe('5');
    expect(pairs.map((p) => p.getAttribute('data-pair')).sort()).toEqual([
      'city:CN:shenzhen|city:FR:valbonne',
      'city:CN:shenzhen|city:RU:moscow',
      'city:CN:shenzhen|city:US:san jose',
      'city:CN:shenzhen|country:DE',
    ]);
    const moscow = layer.querySelector('[data-pair="city:CN:shenzhen|city:RU:moscow"]') as SVGPathElement;
    const sophia = layer.querySelector('[data-pair="city:CN:shenzhen|city:FR:valbonne"]') as SVGPathElement;
    expect(moscow.getAttribute('data-legs')).toBe('2');
    expect(Number.parseFloat(moscow.style.strokeWidth)).toBeGreaterThan(Number.parseFloat(sophia.style.strokeWidth));
    expect(layer.querySelector('[stroke-dasharray]')).toBeNull();
  });

  it('draws thousands of legs as far fewer paths, one per pair of places', () => {
    const data = syntheticDataset({ parks: 100, links: 1200 });
    const { container } = render(<PartnershipMap data={data} width={960} height={540} fit="world" />);
    const layer = container.querySelector('[data-arcs]');
    const legs = toMapArcs(data).length;
    expect(Number(layer?.getAttribute('data-arcs'))).toBe(legs);
    const paths = [...(layer?.querySelectorAll('path[data-pair]') ?? [])];
    expect(paths.length).toBe(Number(layer?.getAttribute('data-pairs')));
    expect(paths.length).toBeLessThan(legs / 2);
    expect(paths.reduce((n, p) => n + Number(p.getAttribute('data-legs')), 0)).toBe(legs);
  }, 30_000);

  it('combines very many pairs into one path per stroke weight', () => {
    const pairs = Array.from({ length: 1200 }, (_, i) => ({
      id: `a${i}|b${i}`,
      from: `a${i}`,
      to: `b${i}`,
      legs: (i % 30) + 1,
      partnerships: (i % 30) + 1,
      d: `M${i % 900} 10l5 5`,
    }));
    const { container } = render(
      <svg aria-hidden>
        <ArcsLayer pairs={pairs} mode="combined" />
      </svg>,
    );
    const paths = [...container.querySelectorAll('path')];
    expect(paths).toHaveLength(5);
    expect(paths.reduce((n, p) => n + (p.getAttribute('d')?.match(/M/g)?.length ?? 0), 0)).toBe(1200);
    const widths = paths.map((p) => Number.parseFloat(p.style.strokeWidth));
    expect(widths).toEqual([...widths].sort((a, b) => a - b));
  });

  it('renders the same full map twice on the server, with every localized name', () => {
    for (const locale of ['en', 'zh'] as const) {
      const html = renderToString(<PartnershipMap data={fixture} locale={locale} width={800} height={450} />);
      expect(renderToString(<PartnershipMap data={fixture} locale={locale} width={800} height={450} />)).toBe(html);
      for (const o of fixture.organizations) expect(html).toContain(localize(o.name, locale));
      for (const p of fixture.partnerships) expect(html).toContain(localize(p.title, locale));
      expect(html).toContain('data-country="DE"');
      expect(html.match(/data-pair=/g)).toHaveLength(4);
    }
  });

  it('hydrates the server markup without warnings', async () => {
    const el = <PartnershipMap data={fixture} locale="ar" />;
    const host = document.createElement('div');
    host.innerHTML = renderToString(el);
    document.body.append(host);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const root = await act(async () => hydrateRoot(host, el));
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    expect(host.querySelector('figure')?.getAttribute('dir')).toBe('rtl');
    act(() => root.unmount());
    host.remove();
    error.mockRestore();
    warn.mockRestore();
  });

  it('selects on click (uncontrolled), opens a city cluster, and clears with Escape', () => {
    const onSelect = vi.fn();
    const { container } = render(<PartnershipMap data={fixture} width={960} height={540} onSelect={onSelect} />);
    const moscow = container.querySelector('[data-id="city:RU:moscow"]') as Element;
    expect(moscow.getAttribute('aria-label')).toContain('Moscow Innovation Cluster');
    fireEvent.click(moscow);
    expect(container.querySelector('[data-id="city:RU:moscow"]')).toBeNull();
    fireEvent.click(container.querySelector('[data-id="mic"]') as Element);
    expect(onSelect).toHaveBeenLastCalledWith('mic');
    expect(container.querySelector('[data-selected-ring]')).not.toBeNull();
    fireEvent.keyDown(svg(container), { key: 'Escape' });
    expect(onSelect).toHaveBeenLastCalledWith(null);
    expect(container.querySelector('[data-selected-ring]')).toBeNull();
  });

  it('follows a controlled selection, opening the cluster that holds it', () => {
    const { container, rerender } = render(
      <PartnershipMap data={fixture} width={960} height={540} selectedId="moscow-gov" />,
    );
    expect(container.querySelector('[data-id="moscow-gov"]')).not.toBeNull();
    expect(container.querySelector('[data-selected-ring]')).not.toBeNull();
    rerender(<PartnershipMap data={fixture} width={960} height={540} selectedId={null} />);
    expect(container.querySelector('[data-selected-ring]')).toBeNull();
  });

  it('opens the selected park’s city where it stands: markers away from it keep their place and element', () => {
    const data = syntheticDataset({ parks: 300, links: 1000 });
    const where = (c: HTMLElement) => {
      const out = new Map<string, { el: Element; x: number; y: number }>();
      for (const el of c.querySelectorAll('svg[role="application"] [data-id]')) {
        const circle = el.tagName === 'circle' ? el : el.querySelector('circle');
        const [x, y] = ['cx', 'cy'].map((a) => Number(circle?.getAttribute(a)));
        out.set(el.getAttribute('data-id') as string, { el, x: x as number, y: y as number });
      }
      return out;
    };
    const { container, rerender } = render(<PartnershipMap data={data} width={960} height={600} selectedId={null} />);
    const before = where(container);
    const city = [...container.querySelectorAll('[data-type="cluster"]')].sort(
      (a, b) => Number(b.textContent) - Number(a.textContent),
    )[0] as Element;
    const cityId = city.getAttribute('data-id') as string;
    const at = before.get(cityId) as { x: number; y: number };
    const park = data.organizations.find((o) => `city:${o.country}:${o.city?.en.toLowerCase()}` === cityId);
    rerender(<PartnershipMap data={data} width={960} height={600} selectedId={park?.id ?? null} />);
    const after = where(container);
    expect(after.has(cityId)).toBe(false);
    expect(after.has(park?.id as string)).toBe(true);
    expect(container.querySelector('[data-selected-ring]')).not.toBeNull();
    const far = [...before].filter(([, m]) => Math.hypot(m.x - at.x, m.y - at.y) > 300);
    expect(far.length).toBeGreaterThan(5);
    for (const [id, m] of far) expect(after.get(id)).toEqual(m);
    // Back to no selection: the city closes again, every marker where it was.
    rerender(<PartnershipMap data={data} width={960} height={600} selectedId={null} />);
    const again = where(container);
    expect([...again].map(([id, m]) => [id, m.x, m.y])).toEqual([...before].map(([id, m]) => [id, m.x, m.y]));
  });

  it('opens one city after another without two labels under one key', () => {
    const data = syntheticDataset({ parks: 300, links: 1000 });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container, rerender } = render(<PartnershipMap data={data} width={960} height={600} selectedId={null} />);
    const cities = [...container.querySelectorAll('[data-type="cluster"]')].map((c) => c.getAttribute('data-id'));
    expect(cities.length).toBeGreaterThan(5);
    for (const cityId of cities) {
      const park = data.organizations.find((o) => `city:${o.country}:${o.city?.en.toLowerCase()}` === cityId);
      rerender(<PartnershipMap data={data} width={960} height={600} selectedId={park?.id ?? null} />);
    }
    rerender(<PartnershipMap data={data} width={960} height={600} selectedId={null} />);
    expect(errors.mock.calls.map((c) => String(c[0])).filter((m) => /same key/.test(m))).toEqual([]);
    errors.mockRestore();
  });

  it('is one tab stop; arrows move spatially, Enter selects', () => {
    const onSelect = vi.fn();
    const { container } = render(
      <PartnershipMap data={fixture} width={960} height={540} fit="world" onSelect={onSelect} />,
    );
    expect(container.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    const map = svg(container);
    act(() => map.focus());
    // Focus from the keyboard shows the ring on a marker straight away.
    expect(container.querySelector('[data-focus-ring]')).not.toBeNull();
    const press = (key: string) => {
      fireEvent.keyDown(map, { key });
      return active(container);
    };
    // Far west first: San Jose; then east along the map, as the arrows point.
    for (let i = 0; i < 6; i++) press('ArrowLeft');
    expect(active(container)).toBe('sj');
    expect(press('ArrowRight')).toBe('sophia');
    expect(press('ArrowUp')).toBe('country:DE');
    expect(press('ArrowRight')).toBe('city:RU:moscow');
    expect(press('ArrowRight')).toBe('sz-park');
    expect(press('ArrowRight')).toBe('sz-park');
    expect(container.querySelector('[data-focus-ring]')).not.toBeNull();
    fireEvent.keyDown(map, { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith('sz-park');
    // Enter on a city opens it and moves into it.
    for (let i = 0; i < 6; i++) press('ArrowLeft');
    for (const key of ['ArrowRight', 'ArrowUp', 'ArrowRight']) press(key);
    expect(active(container)).toBe('city:RU:moscow');
    fireEvent.keyDown(map, { key: 'Enter' });
    expect(['mic', 'moscow-gov']).toContain(active(container));
  });

  it('highlights every leg of a hovered park in the overlay, without re-rendering the arc layer', () => {
    const { container } = render(<PartnershipMap data={fixture} width={960} height={540} />);
    const before = arcRenders.count;
    const veil = () => container.querySelector('[data-layer="veil"]') as HTMLElement;
    const overlay = () => container.querySelector('[data-highlight-legs]');
    const subpaths = (sel: string) => container.querySelector(sel)?.getAttribute('d')?.match(/M/g)?.length ?? 0;
    expect(overlay()).toBeNull();
    fireEvent.pointerOver(container.querySelector('[data-id="sj"]') as Element);
    expect(overlay()?.getAttribute('data-highlight-legs')).toBe('1');
    expect(subpaths('path[data-highlight=""]')).toBeGreaterThanOrEqual(1);
    expect(screen.getByRole('tooltip').textContent).toContain('San Jose Park');
    expect(veil().style.opacity).toBe('0.6');
    // Shenzhen: all five legs, the two of the multilateral alliance dashed; its four partners ringed.
    fireEvent.pointerOver(container.querySelector('[data-id="sz-park"]') as Element);
    expect(overlay()?.getAttribute('data-highlight-legs')).toBe('5');
    expect(subpaths('path[data-highlight="multilateral"]')).toBe(2);
    expect(container.querySelector('path[data-highlight="multilateral"]')?.getAttribute('stroke-dasharray')).toBe(
      '5 3',
    );
    expect(container.querySelector('[data-partners]')?.getAttribute('data-partners')).toBe('4');
    expect(container.querySelector('[data-hover-ring]')).not.toBeNull();
    fireEvent.pointerLeave(svg(container));
    expect(overlay()).toBeNull();
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(veil().style.opacity).toBe('0');
    fireEvent.keyDown(svg(container), { key: 'ArrowUp' });
    expect(arcRenders.count).toBe(before);
  });

  it('zooms with the buttons and with Ctrl + wheel, but lets a plain wheel scroll the page', async () => {
    const { container } = render(<PartnershipMap data={fixture} width={960} height={540} />);
    const zoomed = () => container.querySelector('div[aria-hidden] > svg > g')?.getAttribute('transform');
    const settle = () => act(() => new Promise((r) => setTimeout(r, 250)));
    expect(zoomed()).toBe('translate(0 0) scale(1)');
    const plain = new WheelEvent('wheel', { deltaY: -100, bubbles: true, cancelable: true });
    act(() => {
      svg(container).dispatchEvent(plain);
    });
    expect(plain.defaultPrevented).toBe(false);
    expect(zoomed()).toBe('translate(0 0) scale(1)');
    const ctrl = new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, bubbles: true, cancelable: true });
    act(() => {
      svg(container).dispatchEvent(ctrl);
    });
    expect(ctrl.defaultPrevented).toBe(true);
    await settle();
    expect(zoomed()).toMatch(/scale\(1\.2/);
    fireEvent.click(screen.getByRole('button', { name: 'Reset zoom' }));
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    // Until the zoom rests, a CSS transform carries the static layers; then they redraw.
    expect((container.querySelector('div[aria-hidden] > svg') as SVGSVGElement).style.transform).toMatch(/scale\(/);
    await settle();
    expect(zoomed()).toMatch(/scale\(1\.5\)/);
  });

  it('zooms with a two-finger pinch and pans with a mouse drag', async () => {
    const { container } = render(<PartnershipMap data={fixture} width={960} height={540} />);
    const map = svg(container);
    const layer = () => (container.querySelector('div[aria-hidden] > svg') as SVGSVGElement).style.transform;
    const touch = { pointerType: 'touch', bubbles: true };
    fireEvent.pointerDown(map, { ...touch, pointerId: 1, clientX: 400, clientY: 270 });
    fireEvent.pointerDown(map, { ...touch, pointerId: 2, clientX: 500, clientY: 270 });
    fireEvent.pointerMove(map, { ...touch, pointerId: 2, clientX: 600, clientY: 270 });
    expect(layer()).toMatch(/scale\(2\)/);
    // A layer of its own only while the gesture lasts, clipped to the map's box (not drawn over the legend).
    const land = container.querySelector('div[aria-hidden] > svg') as SVGSVGElement;
    expect(land.style.willChange).toBe('transform');
    expect((land.parentElement as HTMLElement).style.overflow).toBe('hidden');
    fireEvent.pointerUp(map, { ...touch, pointerId: 1 });
    fireEvent.pointerUp(map, { ...touch, pointerId: 2 });
    const pinched = layer();
    const mouse = { pointerType: 'mouse', button: 0, bubbles: true, pointerId: 3 };
    fireEvent.pointerDown(map, { ...mouse, clientX: 300, clientY: 200 });
    fireEvent.pointerMove(map, { ...mouse, clientX: 340, clientY: 220 });
    expect(layer()).not.toBe(pinched);
    expect(layer()).toMatch(/scale\(2\)/);
    fireEvent.pointerUp(map, { ...mouse, clientX: 340, clientY: 220 });
    await act(() => new Promise((r) => setTimeout(r, 400)));
    expect(layer()).toBe('');
    expect(land.style.willChange).toBe('');
  });

  it('shows bad data in place, naming the record and the field, without throwing', () => {
    const bad: Dataset = {
      ...fixture,
      organizations: fixture.organizations.map((o) =>
        o.id === 'sj' ? { ...o, location: { ...o.location, lat: 123 } } : o,
      ),
    };
    render(<PartnershipMap data={bad} width={600} height={300} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('sj');
    expect(alert.textContent).toContain('location.lat');
  });

  it('says so when there is nothing to draw', () => {
    render(<PartnershipMap data={{ organizations: [], partnerships: [], sources: [] }} width={600} height={300} />);
    expect(screen.getByText('No partnerships to show.')).toBeTruthy();
  });
});
