import { dataset } from '@parklinks/data/dataset';
import { DataTable } from '@parklinks/react';
import type { Meta, StoryObj } from '@storybook/react-vite';

/**
 * The whole data set as an accessible, sortable table, one row per partnership, with its sources
 * linked (http and https links only). Every chart reuses it as its text alternative.
 */
const meta = {
  title: 'Data/DataTable',
  component: DataTable,
  tags: ['autodocs'],
  args: { data: dataset, locale: 'en', defaultSort: 'date' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'zh', 'ru', 'ar', 'fr'] },
    defaultSort: { control: 'inline-radio', options: ['date', 'title', 'kind', 'countries'] },
    data: { control: false },
  },
} satisfies Meta<typeof DataTable>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Chinese: Story = { args: { locale: 'zh' } };
export const Arabic: Story = {
  args: { locale: 'ar' },
  decorators: [
    (S) => (
      <div dir="rtl" lang="ar">
        <S />
      </div>
    ),
  ],
};
export const SortedByCountry: Story = { args: { defaultSort: 'countries' } };
