import { type Dataset, syntheticDataset } from '@parklinks/data';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PartnershipExplorer } from './PartnershipExplorer.js';

const data = syntheticDataset({ parks: 30, links: 40, seed: 5 });
const rowsOf = () => within(screen.getAllByRole('table').at(-1)!).getAllByRole('row').length - 1;

afterEach(() => {
  cleanup();
  history.replaceState(null, '', '/');
});
// Three charts with the world map render slowly in jsdom; the browser tier measures real timings.
vi.setConfig({ testTimeout: 30_000 });

describe('<PartnershipExplorer />', () => {
  it('draws map, network, timeline and table from one data set', () => {
    const { container } = render(<PartnershipExplorer data={data} width={1000} />);
    expect(container.querySelectorAll('figure.parklinks')).toHaveLength(3);
    expect(rowsOf()).toBe(data.partnerships.length);
  });

  it('applies the country filter from its controls to every view and reports it', () => {
    const onFilterChange = vi.fn();
    render(<PartnershipExplorer data={data} width={1000} onFilterChange={onFilterChange} />);
    fireEvent.change(screen.getByLabelText('Country'), { target: { value: 'RU' } });
    expect(onFilterChange).toHaveBeenLastCalledWith({ countries: ['RU'] });
    const expected = data.partnerships.filter((p) =>
      p.parties.some(
        (x) =>
          ('org' in x && data.organizations.find((o) => o.id === x.org)?.country === 'RU') ||
          ('unnamed' in x && x.unnamed.country === 'RU'),
      ),
    ).length;
    expect(rowsOf()).toBe(expected);
  });

  it('restores selection and filter from the URL and mirrors changes into it', async () => {
    history.replaceState(null, '', '/article?x=1&pl-from=2010&pl-to=2015');
    render(<PartnershipExplorer data={data} width={1000} syncUrl />);
    await act(async () => {});
    const inRange = data.partnerships.filter(
      (p) => p.date && +p.date.value.slice(0, 4) >= 2010 && +p.date.value.slice(0, 4) <= 2015,
    ).length;
    expect(rowsOf()).toBe(inRange);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters and selection' }));
    await act(async () => {});
    expect(location.search).toBe('?x=1');
  });

  it('shows bad data in place without throwing', () => {
    const bad = structuredClone(data) as Dataset;
    (bad.organizations[0] as { country: string }).country = 'XX';
    render(<PartnershipExplorer data={bad} />);
    expect(screen.getByRole('alert').textContent).toMatch(/park-1 › country/);
  });
});
