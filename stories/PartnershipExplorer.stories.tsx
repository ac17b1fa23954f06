import { dataset } from '@parklinks/data/dataset';
import { PartnershipExplorer } from '@parklinks/react';
import type { Meta, StoryObj } from '@storybook/react-vite';

/**
 * Map, network, timeline and table linked through one selection and one filter. Pick a park on
 * the map: the network selects it and the timeline narrows to its agreements. Brush years on the
 * timeline: every view follows. With `syncUrl`, the state is mirrored in `pl-*` URL parameters.
 */
const meta = {
  title: 'Components/PartnershipExplorer',
  component: PartnershipExplorer,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  args: { data: dataset, locale: 'en', theme: 'light', syncUrl: false },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'zh', 'ru', 'ar', 'fr'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    data: { control: false },
  },
} satisfies Meta<typeof PartnershipExplorer>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Filtered: Story = { args: { defaultFilter: { countries: ['RU'], from: '2010' } } };
export const Selected: Story = { args: { defaultSelection: { type: 'organization', id: 'chengdu-hi-tech-zone' } } };
export const ArabicRTL: Story = { args: { locale: 'ar' } };
export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  decorators: [
    (S) => (
      <div style={{ background: '#111418', padding: 12 }}>
        <S />
      </div>
    ),
  ],
};
export const Narrow: Story = {
  decorators: [
    (S) => (
      <div style={{ width: 320, maxWidth: '100%' }}>
        <S />
      </div>
    ),
  ],
};
