import { type Dataset, localize } from '@parklinks/data';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixture } from '../../../core/src/timeline/testFixture.js';
import { PartnershipTimeline } from './PartnershipTimeline.js';

// Count renders of the static layers, to prove hover and focus do not redraw them.
const { renders, counted } = vi.hoisted(() => {
  const renders = { lanes: 0, axis: 0, overview: 0, plot: 0 };
  // A memo component whose inner render counts into `renders[key]`.
  const counted = async <T,>(mod: Record<string, unknown>, name: string, key: keyof typeof renders) => {
    const { memo } = await import('react');
    const inner = (mod[name] as { type: (p: object) => unknown }).type;
    return memo((props: object) => {
      renders[key] += 1;
      return inner(props) as never;
    }) as T;
  };
  return { renders, counted };
});
vi.mock('./LaneLayer.js', async (importOriginal) => {
  const mod = await importOriginal<typeof import('./LaneLayer.js')>();
  return { ...mod, LaneLayer: await counted<typeof mod.LaneLayer>(mod, 'LaneLayer', 'lanes') };
});
vi.mock('./TimeAxis.js', async (importOriginal) => {
  const mod = await importOriginal<typeof import('./TimeAxis.js')>();
  return { ...mod, TimeAxis: await counted<typeof mod.TimeAxis>(mod, 'TimeAxis', 'axis') };
});
vi.mock('./Overview.js', async (importOriginal) => {
  const mod = await importOriginal<typeof import('./Overview.js')>();
  return { ...mod, Overview: await counted<typeof mod.Overview>(mod, 'Overview', 'overview') };
});
vi.mock('./HorizontalPlot.js', async (importOriginal) => {
  const mod = await importOriginal<typeof import('./HorizontalPlot.js')>();
  return {
    ...mod,
    HorizontalPlot: (props: Parameters<typeof mod.HorizontalPlot>[0]) => {
      renders.plot += 1;
      return mod.HorizontalPlot(props);
    },
  };
});

afterEach(cleanup);
const data = fixture();
const app = (c: HTMLElement) => c.querySelector('[role="application"]') as HTMLElement;
const mark = (c: HTMLElement, id: string, locale = 'en') =>
  c.querySelector(`[data-i][aria-label^="${localize(data.partnerships.find((p) => p.id === id)!.title, locale)},"]`);
// The accessible name is the title and date, then the parties.
const escapeRe = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const activeLabel = (c: HTMLElement) => {
  const id = app(c).getAttribute('aria-activedescendant');
  return id ? c.querySelector(`[id="${id}"]`)?.getAttribute('aria-label') : null;
};

describe('<PartnershipTimeline />', () => {
  it('draws a day as a point, a month as a bar, a year as a band, and undated partnerships only in the tray', () => {
    const { container } = render(<PartnershipTimeline data={data} width={900} height={420} />);
    expect(mark(container, 'day-signed')?.tagName).toBe('circle');
    const bar = mark(container, 'month-announced')!;
    const band = mark(container, 'year-reported')!;
    expect([bar.tagName, band.tagName]).toEqual(['rect', 'rect']);
    expect(Number(band.getAttribute('width'))).toBeGreaterThan(Number(bar.getAttribute('width')) * 8);
    expect(Number(band.getAttribute('height'))).toBeGreaterThan(Number(bar.getAttribute('height')));
    const chip = mark(container, 'undated')!;
    expect(chip.closest('svg')).not.toBe(mark(container, 'day-signed')!.closest('svg'));
    expect(screen.getByText('Date unknown')).toBeTruthy();
  });

  it('marks a date known only from a report as hollow and dashed, in the legend and the tooltip', () => {
    const { container } = render(<PartnershipTimeline data={data} width={900} height={420} />);
    expect(mark(container, 'year-reported')!.getAttribute('stroke-dasharray')).toBe('3 2');
    expect(mark(container, 'day-signed')!.getAttribute('stroke-dasharray')).toBeNull();
    expect(screen.getByText('Known only from a report’s date')).toBeTruthy();
    fireEvent.pointerMove(mark(container, 'year-reported')!);
    expect(screen.getByRole('tooltip').textContent).toContain('Date known only from the report that mentions it.');
  });

  it('puts partnerships in lanes by partner country, kind or Chinese party', () => {
    const lanes = (laneBy: 'country' | 'kind' | 'chinese-party') => {
      const { container, unmount } = render(
        <PartnershipTimeline data={data} width={900} height={420} laneBy={laneBy} />,
      );
      const names = [...container.querySelectorAll('text[font-weight="600"]')].map((t) => t.firstChild?.textContent);
      unmount();
      return names;
    };
    expect(lanes('country')).toEqual(expect.arrayContaining(['Egypt', 'France', 'Russia']));
    expect(lanes('kind')).toEqual(expect.arrayContaining(['Memorandum', 'Sister parks', 'Cooperation agreement']));
    expect(lanes('chinese-party')).toEqual(expect.arrayContaining(['Chengdu Hi-tech Zone', 'Zhongguancun']));
  });

  it('shows a tooltip with summary, parties and sources, linking only http(s) addresses', () => {
    const { container } = render(<PartnershipTimeline data={data} width={900} height={420} />);
    fireEvent.pointerMove(mark(container, 'month-announced')!);
    const tip = screen.getByRole('tooltip');
    expect(tip.textContent).toContain('A memorandum.');
    expect(tip.textContent).toContain('Moscow Innovation Cluster');
    expect(tip.textContent).toContain('Zhongguancun');
    const links = [...tip.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.org/a']);
    expect(tip.textContent).toContain('Paper B — Report B');
    fireEvent.pointerLeave(mark(container, 'month-announced')!.closest('svg')!.parentElement!.parentElement!);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('hovering and moving the keyboard focus do not re-render the marks, the axis or the overview', () => {
    const { container } = render(<PartnershipTimeline data={data} width={900} height={420} />);
    const before = { ...renders };
    fireEvent.pointerMove(mark(container, 'day-signed')!);
    fireEvent.pointerMove(mark(container, 'month-announced')!);
    // A hover re-renders only the ring and the tooltip: not even the plot that holds the layers.
    expect(renders).toEqual(before);
    fireEvent.focus(app(container));
    fireEvent.keyDown(app(container), { key: 'ArrowRight' });
    fireEvent.keyDown(app(container), { key: 'ArrowRight' });
    expect({ ...renders, plot: before.plot }).toEqual(before);
    expect(container.querySelectorAll('[data-highlight]').length).toBeGreaterThan(0);
  });

  it('rings the hovered mark and shows its tooltip; leaving clears both', () => {
    const { container } = render(<PartnershipTimeline data={data} width={900} height={420} />);
    const day = mark(container, 'day-signed')!;
    fireEvent.pointerMove(day);
    const ring = container.querySelector('[data-highlight="hover"]')!;
    expect(ring.tagName).toBe('circle');
    expect(ring.getAttribute('cx')).toBe(day.getAttribute('cx'));
    expect(ring.getAttribute('cy')).toBe(day.getAttribute('cy'));
    expect(screen.getByRole('tooltip').textContent).toContain('Chengdu–Sophia sister parks');
    const band = mark(container, 'year-reported')!;
    fireEvent.pointerMove(band);
    const rings = container.querySelectorAll('[data-highlight="hover"]');
    expect(rings).toHaveLength(1);
    expect(Number(rings[0]!.getAttribute('x'))).toBeLessThan(Number(band.getAttribute('x')));
    expect(screen.getByRole('tooltip').textContent).toContain('Smart Village–Chengdu cooperation');
    // The undated chip in the tray rings and explains itself too.
    fireEvent.pointerMove(mark(container, 'undated')!);
    expect(container.querySelector('[data-highlight="hover"]')?.getAttribute('rx')).toBe('12.5');
    expect(screen.getByRole('tooltip').textContent).toContain('No date known.');
    fireEvent.pointerLeave(band.closest('svg')!.parentElement!.parentElement!);
    expect(container.querySelector('[data-highlight="hover"]')).toBeNull();
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('does not add a hover ring over the mark the keyboard is on', () => {
    const { container } = render(<PartnershipTimeline data={data} width={900} height={420} />);
    fireEvent.focus(app(container)); // the first event, the 2016 band
    fireEvent.pointerMove(mark(container, 'year-reported')!);
    expect(container.querySelectorAll('[data-highlight="focus"]')).toHaveLength(1);
    expect(container.querySelector('[data-highlight="hover"]')).toBeNull();
    fireEvent.pointerMove(mark(container, 'day-signed')!);
    expect(container.querySelectorAll('[data-highlight]')).toHaveLength(2);
    expect(screen.getByRole('tooltip').textContent).toContain('Chengdu–Sophia sister parks');
  });

  it('moves through events in time order with the keyboard, selects with Enter and clears with Escape', () => {
    const onSelect = vi.fn();
    const { container } = render(<PartnershipTimeline data={data} width={900} height={420} onSelect={onSelect} />);
    const el = app(container);
    expect(el.tabIndex).toBe(0);
    expect(container.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    fireEvent.focus(el);
    expect(activeLabel(container)).toMatch(new RegExp(`^${escapeRe('Smart Village–Chengdu cooperation, 2016')}: \\S`));
    fireEvent.keyDown(el, { key: 'ArrowRight' });
    expect(activeLabel(container)).toMatch(new RegExp(`^${escapeRe('Chengdu–Sophia sister parks, Jul 5, 2016')}: \\S`));
    fireEvent.keyDown(el, { key: 'End' });
    expect(activeLabel(container)).toMatch(/^Undated alliance, /);
    fireEvent.keyDown(el, { key: 'Home' });
    fireEvent.keyDown(el, { key: 'ArrowRight' });
    fireEvent.keyDown(el, { key: 'ArrowRight' });
    expect(activeLabel(container)).toMatch(new RegExp(`^${escapeRe('MIC–ZGC memorandum, May 2017')}: \\S`));
    fireEvent.keyDown(el, { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith('month-announced');
    expect(container.querySelector('[aria-live="polite"]')?.textContent).toContain('MIC–ZGC memorandum');
    fireEvent.keyDown(el, { key: 'Escape' });
    expect(onSelect).toHaveBeenLastCalledWith(null);
    expect(el.getAttribute('aria-activedescendant')).toBeNull();
  });

  it('selects by click, controlled or not', () => {
    const onSelect = vi.fn();
    const { container, rerender } = render(
      <PartnershipTimeline data={data} width={900} height={420} onSelect={onSelect} />,
    );
    fireEvent.click(mark(container, 'day-signed')!);
    expect(onSelect).toHaveBeenLastCalledWith('day-signed');
    expect(container.querySelector('[data-highlight="selected"]')).not.toBeNull();
    const details = container.querySelector('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    expect(container.querySelector('tr[data-selected]')?.textContent).toContain('Chengdu–Sophia sister parks');
    rerender(
      <PartnershipTimeline data={data} width={900} height={420} selectedId="month-announced" onSelect={onSelect} />,
    );
    expect(container.querySelector('tr[data-selected]')?.textContent).toContain('MIC–ZGC memorandum');
  });

  it('takes an organization id as selectedId: rings each of its events and chips, and fades the rest of the plot', () => {
    const { container, rerender } = render(
      <PartnershipTimeline data={data} width={900} height={420} selectedId="sophia" />,
    );
    const lanes = () => mark(container, 'month-announced')!.closest('svg') as SVGElement;
    // Sophia Antipolis is a party to the 2016 sister parks (a dated mark) and to the undated alliance (a chip).
    expect(container.querySelectorAll('[data-highlight="selected"]')).toHaveLength(2);
    expect(lanes().style.opacity).toBe('0.28');
    rerender(<PartnershipTimeline data={data} width={900} height={420} selectedId="org:zgc" />);
    expect(container.querySelectorAll('[data-highlight="selected"]')).toHaveLength(2);
    rerender(<PartnershipTimeline data={data} width={900} height={420} selectedId="day-signed" />);
    expect(container.querySelectorAll('[data-highlight="selected"]')).toHaveLength(1);
    expect(lanes().style.opacity).toBe('');
    rerender(<PartnershipTimeline data={data} width={360} selectedId="chengdu" />);
    expect(container.querySelectorAll('[data-highlight="selected"]')).toHaveLength(2);
  });

  it('filters to a brushed range (controlled), hides the undated tray meanwhile, and clears it', () => {
    const onRangeChange = vi.fn();
    const range = [Date.UTC(2017, 0, 1), Date.UTC(2017, 11, 31)] as const;
    const { container } = render(
      <PartnershipTimeline data={data} width={900} height={420} range={range} onRangeChange={onRangeChange} />,
    );
    expect(mark(container, 'month-announced')).not.toBeNull();
    expect(mark(container, 'day-signed')).toBeNull();
    expect(mark(container, 'undated')).toBeNull();
    expect(container.querySelector('figcaption')?.textContent).toContain('1 partnership');
    fireEvent.click(screen.getByRole('button', { name: 'All dates' }));
    expect(onRangeChange).toHaveBeenCalledWith(null);
  });

  it('sets the range from the keyboard with [ and ], keeping the current partnership active, and clears it with Delete', () => {
    const onRangeChange = vi.fn();
    const { container } = render(
      <PartnershipTimeline data={data} width={900} height={420} onRangeChange={onRangeChange} />,
    );
    const el = app(container);
    fireEvent.focus(el);
    fireEvent.keyDown(el, { key: 'ArrowRight' }); // 5 Jul 2016
    fireEvent.keyDown(el, { key: '[' });
    const [start, end] = onRangeChange.mock.lastCall![0];
    expect(start).toBe(Date.UTC(2016, 6, 5));
    expect(end).toBeGreaterThan(Date.UTC(2017, 5, 1));
    expect(container.querySelectorAll('[data-i]')).toHaveLength(3); // the 2016 band overlaps; the undated chip is hidden
    expect(activeLabel(container)).toMatch(new RegExp(`^${escapeRe('Chengdu–Sophia sister parks, Jul 5, 2016')}: \\S`));
    fireEvent.keyDown(el, { key: ']' });
    expect(onRangeChange.mock.lastCall![0]).toEqual([Date.UTC(2016, 6, 5), Date.UTC(2016, 6, 6) - 1]);
    fireEvent.keyDown(el, { key: 'Delete' });
    expect(onRangeChange).toHaveBeenLastCalledWith(null);
    expect(container.querySelectorAll('[data-i]')).toHaveLength(4);
  });

  it('starts from defaultRange when uncontrolled and shows all dates once cleared', () => {
    const { container } = render(
      <PartnershipTimeline
        data={data}
        width={900}
        height={420}
        defaultRange={[Date.UTC(2016, 5, 1), Date.UTC(2016, 7, 1)]}
      />,
    );
    expect(container.querySelectorAll('[data-i]')).toHaveLength(2); // the 2016 day and the 2016 year band overlap it
    fireEvent.click(screen.getByRole('button', { name: 'All dates' }));
    expect(container.querySelectorAll('[data-i]')).toHaveLength(4);
  });

  it('zooms the time axis with the buttons and the keyboard, and resets', () => {
    const { container } = render(<PartnershipTimeline data={data} width={900} height={420} />);
    const ticks = () =>
      [...container.querySelectorAll('svg[aria-hidden="true"] .pl-axis-tick text')].map((t) => t.textContent).join(' ');
    const start = ticks();
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    const zoomed = ticks();
    expect(zoomed).not.toBe(start);
    fireEvent.click(screen.getByRole('button', { name: 'Reset zoom' }));
    expect(ticks()).toBe(start);
    fireEvent.keyDown(app(container), { key: '+' });
    expect(ticks()).not.toBe(start);
  });

  it('runs time right to left in Arabic', () => {
    const { container } = render(<PartnershipTimeline data={data} locale="ar" width={900} height={420} />);
    expect(container.querySelector('figure')?.getAttribute('dir')).toBe('rtl');
    const attr = (id: string, a: string) => Number(mark(container, id, 'ar')!.getAttribute(a));
    // Later is further left: the 2016 band starts (1 January) right of 5 July 2016, May 2017 is left of both.
    expect(attr('year-reported', 'x') + attr('year-reported', 'width')).toBeGreaterThan(attr('day-signed', 'cx'));
    expect(attr('month-announced', 'x')).toBeLessThan(attr('day-signed', 'cx'));
    fireEvent.focus(app(container));
    fireEvent.keyDown(app(container), { key: 'ArrowLeft' });
    expect(activeLabel(container)).toMatch(/^Chengdu–Sophia sister parks/);
  });

  it('turns into a vertical timeline in narrow containers', () => {
    const { container } = render(<PartnershipTimeline data={data} width={360} />);
    const day = mark(container, 'day-signed')!;
    const month = mark(container, 'month-announced')!;
    expect(Number(day.getAttribute('cy'))).toBeLessThan(Number(month.getAttribute('y')));
    expect(container.querySelector('.visx-brush')).toBeNull();
    expect(container.textContent).toContain('Chengdu–Sophia sister parks');
  });

  it('renders the same markup twice on the server, naming every partnership', () => {
    for (const locale of ['en', 'fr', 'ar'] as const) {
      const el = <PartnershipTimeline data={data} locale={locale} />;
      const html = renderToString(el);
      expect(renderToString(el)).toBe(html);
      for (const p of data.partnerships) expect(html).toContain(`aria-label="${localize(p.title, locale)}, `);
    }
  });

  it('hydrates the server markup without warnings', async () => {
    const el = <PartnershipTimeline data={data} locale="ar" theme="dark" />;
    const host = document.createElement('div');
    host.innerHTML = renderToString(el);
    document.body.append(host);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const root = await act(async () => hydrateRoot(host, el));
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    expect(host.querySelector('figure')?.getAttribute('data-theme')).toBe('dark');
    act(() => root.unmount());
    host.remove();
  });

  it('shows bad data in place, naming the record and field, without throwing', () => {
    const bad = structuredClone(data) as Dataset;
    (bad.partnerships[1]!.date as { precision: string }).precision = 'day';
    expect(() => render(<PartnershipTimeline data={bad} width={900} />)).not.toThrow();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('month-announced');
    expect(alert.textContent).toContain('date.precision');
  });

  it('says so when there is nothing to show', () => {
    render(<PartnershipTimeline data={{ organizations: [], partnerships: [], sources: [] }} width={900} />);
    expect(screen.getByText('No partnerships to show.')).toBeTruthy();
  });
});
