import { type Dataset, syntheticDataset } from '@parklinks/data';
import { dataset } from '@parklinks/data/dataset';
import { PartnershipTimeline } from '@parklinks/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useLayoutEffect } from 'react';

const undatedOnly: Dataset = {
  ...dataset,
  partnerships: dataset.partnerships.slice(0, 6).map((p) => ({ ...p, date: null })),
};
const badData = {
  ...dataset,
  partnerships: [
    { ...dataset.partnerships[0]!, date: { value: '2016-13', precision: 'month', basis: 'signed' } },
    ...dataset.partnerships.slice(1),
  ],
} as Dataset;
const empty: Dataset = { organizations: [], partnerships: [], sources: [] };
const dense = syntheticDataset({ parks: 2000, links: 10000 });

declare global {
  interface Window {
    __plRenderMs?: number;
  }
}
/** Records the time from the story's render to its first commit in `window.__plRenderMs`, for the benchmark notes. */
function Measured({ start, children }: { start: number; children: React.ReactNode }) {
  useLayoutEffect(() => {
    window.__plRenderMs = Math.round(performance.now() - start);
  }, [start]);
  return <>{children}</>;
}

/**
 * Partnerships on a time axis, only as precise as their sources: a day is a point, a month a short
 * bar, a year a band; a date known only from the report that mentions it is hollow and dashed;
 * undated partnerships sit in a "date unknown" tray, never at a guessed date. Lanes group by partner
 * country, agreement kind or Chinese party. Drag in the overview strip to filter a range; zoom
 * with the buttons, Ctrl/⌘ + wheel or a pinch; drag to pan. Below 480 px wide it turns into a
 * vertical timeline. Keyboard: Tab to the chart, arrows move in time order, Home/End, Enter
 * selects, Escape clears, + / − zoom.
 */
const meta = {
  title: 'Components/PartnershipTimeline',
  component: PartnershipTimeline,
  tags: ['autodocs'],
  args: { data: dataset, locale: 'en', theme: 'light', laneBy: 'country' },
  argTypes: {
    data: { control: false },
    locale: { control: 'inline-radio', options: ['en', 'zh', 'ru', 'ar', 'fr'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    laneBy: { control: 'inline-radio', options: ['country', 'kind', 'chinese-party'] },
    range: { control: false },
    defaultRange: { control: false },
    filter: { control: 'object' },
    onSelect: { action: 'select' },
    onRangeChange: { action: 'range' },
  },
} satisfies Meta<typeof PartnershipTimeline>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const LanesByCountry: Story = { args: { laneBy: 'country' } };
export const LanesByKind: Story = { args: { laneBy: 'kind' } };
export const LanesByChineseParty: Story = { args: { laneBy: 'chinese-party' } };
export const BrushedRange: Story = { args: { defaultRange: [Date.UTC(2014, 0, 1), Date.UTC(2021, 11, 31)] } };
export const ArabicRTL: Story = { args: { locale: 'ar' } };
export const Chinese: Story = { args: { locale: 'zh', laneBy: 'chinese-party' } };
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [
    (S) => (
      <div style={{ background: '#111418', padding: 12 }}>
        <S />
      </div>
    ),
  ],
};
export const NarrowVertical: Story = {
  name: 'Narrow (vertical)',
  decorators: [
    (S) => (
      <div style={{ maxWidth: 360 }}>
        <S />
      </div>
    ),
  ],
};
export const Empty: Story = { args: { data: empty } };
export const UndatedOnly: Story = { args: { data: undatedOnly } };
export const Dense: Story = {
  args: { data: dense, laneBy: 'kind' },
  render: (args) => {
    const start = performance.now();
    return (
      <Measured start={start}>
        <PartnershipTimeline {...args} />
      </Measured>
    );
  },
};
export const BadData: Story = { args: { data: badData } };
