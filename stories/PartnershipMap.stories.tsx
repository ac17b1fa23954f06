import { type Dataset, syntheticDataset } from '@parklinks/data';
import { dataset } from '@parklinks/data/dataset';
import { PartnershipMap } from '@parklinks/react';
import type { Meta, StoryObj } from '@storybook/react-vite';

const dense = syntheticDataset({ parks: 2000, links: 10000 });
const empty: Dataset = { organizations: [], partnerships: [], sources: [] };
// One bad field: a latitude off the globe. The map shows an in-place error naming it.
const bad: Dataset = {
  ...dataset,
  organizations: dataset.organizations.map((o, i) => (i === 0 ? { ...o, location: { ...o.location, lat: 123 } } : o)),
};

/**
 * Partnerships on a world map. Organizations are markers sized by their number of partnerships and
 * coloured by kind; several in one city form a numbered cluster that opens on click, Enter or zoom;
 * parties known only by country are dashed rings at the country's representative point. Every
 * partnership leg is an arc (great circle by default); multilateral agreements radiate from their
 * convener. The map is one tab stop: arrow keys move to the nearest marker in that direction, Enter
 * selects, Escape clears; zoom with the buttons, a pinch, or Ctrl/⌘ + wheel (a plain wheel scrolls
 * the page). The summary sentence and the data table are the text alternative.
 */
const meta = {
  title: 'Components/PartnershipMap',
  component: PartnershipMap,
  tags: ['autodocs'],
  args: { data: dataset, locale: 'en', theme: 'light', fit: 'data', arcStyle: 'great-circle' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'zh', 'ru', 'ar', 'fr'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    fit: { control: 'inline-radio', options: ['data', 'world'] },
    arcStyle: { control: 'inline-radio', options: ['great-circle', 'curved', 'straight'] },
    data: { control: false },
    onSelect: { action: 'select' },
  },
} satisfies Meta<typeof PartnershipMap>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const World: Story = { args: { fit: 'world' } };
export const Filtered: Story = { args: { filter: { countries: ['FR'] } } };
export const Selected: Story = { args: { defaultSelectedId: 'moscow-innovation-cluster' } };
export const ArabicRtl: Story = { name: 'Arabic RTL', args: { locale: 'ar' } };
export const Chinese: Story = { args: { locale: 'zh' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const CurvedArcs: Story = { args: { arcStyle: 'curved', fit: 'world' } };
export const Narrow: Story = {
  args: { fit: 'world' },
  decorators: [
    (S) => (
      <div style={{ width: 320, maxWidth: '100%' }}>
        <S />
      </div>
    ),
  ],
};
export const Empty: Story = { args: { data: empty } };
// The 10,000-leg data set stays out of `args`: Storybook would copy and inspect it on every render.
export const Dense: Story = { args: { fit: 'world' }, render: (args) => <PartnershipMap {...args} data={dense} /> };
export const BadData: Story = { name: 'Bad data', args: { data: bad } };
/** A `children` function draws its own marks where the map's markers stand: here a ring around each Russian park. */
export const OwnMarks: Story = {
  name: 'Own marks (children)',
  args: { fit: 'world' },
  render: (args) => (
    <PartnershipMap {...args}>
      {(view) =>
        view.items
          .filter((i) => i.ref.type === 'organization' && russian.has(i.ref.id))
          .map((i) => <circle key={i.ref.id} cx={i.x} cy={i.y} r={12} fill="none" stroke="crimson" strokeWidth={2} />)
      }
    </PartnershipMap>
  ),
};
const russian = new Set(dataset.organizations.filter((o) => o.country === 'RU').map((o) => o.id));
