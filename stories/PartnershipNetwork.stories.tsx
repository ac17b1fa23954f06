import { type Dataset, syntheticDataset } from '@parklinks/data';
import { dataset } from '@parklinks/data/dataset';
import { PartnershipNetwork } from '@parklinks/react';
import type { Meta, StoryObj } from '@storybook/react-vite';

const dense = syntheticDataset({ parks: 2000, links: 10000 });
const empty: Dataset = { organizations: [], partnerships: [], sources: [] };
// One bad field: an organization kind outside the vocabulary. The chart shows an in-place error naming it.
const bad: Dataset = {
  ...dataset,
  organizations: dataset.organizations.map((o, i) => (i === 0 ? { ...o, kind: 'spaceport' as never } : o)),
};

/**
 * Partnerships as a graph. Organizations are discs sized by their number of partnerships and
 * coloured by region (or by kind); a multilateral agreement is a small diamond hub joined to each
 * member; parties known only by country are dashed rings. Line style tells the kind of agreement,
 * and parallel agreements between the same two parties bow apart. The layout is a seeded d3-force
 * simulation run to convergence, so the server and the browser draw the same graph.
 *
 * Node ids (`selectedId`, `onSelect`, `positions`) are organization ids, `country:<ISO>` and
 * `hub:<partnershipId>`. The chart is one tab stop: arrow keys pick a partner of the current node,
 * Enter goes there and selects it, Escape clears, Page Up/Down step through all nodes. Zoom with the
 * buttons, a pinch, +/− or Ctrl/⌘ + wheel (a plain wheel scrolls the page).
 */
const meta = {
  title: 'Components/PartnershipNetwork',
  component: PartnershipNetwork,
  tags: ['autodocs'],
  args: { data: dataset, locale: 'en', theme: 'light', colorBy: 'country', seed: 1 },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'zh', 'ru', 'ar', 'fr'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    colorBy: { control: 'inline-radio', options: ['country', 'kind'] },
    seed: { control: { type: 'number', min: 1, step: 1 } },
    data: { control: false },
    positions: { control: false },
    onSelect: { action: 'select' },
  },
} satisfies Meta<typeof PartnershipNetwork>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Selected: Story = { args: { defaultSelectedId: 'zgc-group' } };
export const ColourByKind: Story = { name: 'Colour by kind', args: { colorBy: 'kind' } };
export const ArabicRtl: Story = { name: 'Arabic RTL', args: { locale: 'ar' } };
export const Chinese: Story = { args: { locale: 'zh' } };
export const Dark: Story = { args: { theme: 'dark' } };
// On a phone the default height (0.62 × width, at least 200 px) leaves little room; give a height.
export const Narrow: Story = {
  args: { height: 440 },
  decorators: [
    (S) => (
      <div style={{ width: 320, maxWidth: '100%' }}>
        <S />
      </div>
    ),
  ],
};
export const Empty: Story = { args: { data: empty } };
export const Dense: Story = { args: { data: dense } };
export const BadData: Story = { name: 'Bad data', args: { data: bad } };
