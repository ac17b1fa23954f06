import { dataset } from '@parklinks/data/dataset';
import { type ChartView, defineParklinksElements, renderSvg, type View } from '@parklinks/embed';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { createElement, useMemo } from 'react';

// What parklinks.js does when it loads: define the elements, with the built-in data set.
defineParklinksElements({ data: dataset });

export type EmbedElementProps = {
  /** Which element: `<parklinks-map>`, `-network`, `-timeline` or `-explorer`. */
  view: View;
  /** `locale` attribute: en, zh, ru, ar or fr. Default: the page's `lang`, else en. */
  locale?: string;
  /** `theme` attribute: light, dark or auto. Default light. */
  theme?: string;
  /** `height` attribute: chart height in px (120–4000). Default: from the width. */
  height?: string;
  /** `countries` attribute: ISO codes separated by spaces or commas. Default: all. */
  countries?: string;
  /** `kinds` attribute: partnership kinds. Default: all. */
  kinds?: string;
  /** `topics` attribute: topics. Default: all. */
  topics?: string;
  /** `from` attribute: YYYY, YYYY-MM or YYYY-MM-DD. Default: no limit. */
  from?: string;
  /** `to` attribute: YYYY, YYYY-MM or YYYY-MM-DD. Default: no limit. */
  to?: string;
  /** `heading` attribute: the title above the chart. Default: the chart's own. */
  heading?: string;
  /** `src` attribute: URL of a data set of the same schema. Default: the built-in data. */
  src?: string;
};

/** A `<parklinks-…>` element exactly as a page writes it: every prop is an attribute. */
function EmbedElement({ view, ...attributes }: EmbedElementProps) {
  const attrs = Object.fromEntries(Object.entries(attributes).filter(([, v]) => v !== undefined && v !== ''));
  // Stories render at once; on a page the element waits until it nears the viewport.
  return createElement(`parklinks-${view}`, { ...attrs, loading: 'eager' });
}

/**
 * The embed for pages that are not React: one script, `parklinks.js`, defines `<parklinks-map>`,
 * `<parklinks-network>`, `<parklinks-timeline>` and `<parklinks-explorer>`. Each draws its chart in
 * Shadow DOM, so the page's CSS does not reach in and ours does not leak out; it works under a
 * strict Content-Security-Policy (no eval, no inline script or style), re-renders when an attribute
 * changes, shows a bad attribute or data URL as a message in place, and fires `parklinks-select`
 * when the reader selects. See **Embed/Guide** for copy-paste snippets (script, iframe, static SVG).
 */
const meta = {
  title: 'Embed/Custom elements',
  component: EmbedElement,
  tags: ['autodocs'],
  args: { view: 'map', locale: 'en', theme: 'light' },
  argTypes: {
    view: { control: 'inline-radio', options: ['map', 'network', 'timeline', 'explorer'] },
    locale: { control: 'inline-radio', options: ['en', 'zh', 'ru', 'ar', 'fr'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
} satisfies Meta<typeof EmbedElement>;
export default meta;
type Story = StoryObj<typeof meta>;

export const MapElement: Story = { name: 'Map' };
export const NetworkElement: Story = { name: 'Network', args: { view: 'network', height: '480' } };
export const TimelineElement: Story = { name: 'Timeline', args: { view: 'timeline' } };
export const ExplorerElement: Story = { name: 'Explorer', args: { view: 'explorer', countries: 'RU', from: '2010' } };
export const Filtered: Story = { args: { countries: 'FR', from: '2015', heading: 'French parks and their partners' } };
export const Dark: Story = { args: { view: 'network', theme: 'dark' } };
export const ArabicRtl: Story = {
  name: 'Arabic RTL',
  args: { view: 'timeline', locale: 'ar' },
  decorators: [
    (S) => (
      <div dir="rtl" lang="ar">
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
/** A wrong attribute value: the element says which attribute and what it accepts, and draws nothing else. */
export const BadAttribute: Story = { name: 'Bad attribute', args: { locale: 'xx', from: '2019-13' } };

type StaticSvgProps = {
  view: ChartView;
  locale: 'en' | 'zh' | 'ru' | 'ar' | 'fr';
  theme: 'light' | 'dark';
  width: number;
};

/** The standalone SVG of `renderSvg` (what `parklinks render` writes), shown as an image. */
function StaticSvg({ view, locale, theme, width }: StaticSvgProps) {
  const svg = useMemo(() => renderSvg({ view, data: dataset, locale, theme, width }), [view, locale, theme, width]);
  const title = /<title[^>]*>([^<]*)<\/title>/.exec(svg)?.[1] ?? 'parklinks chart';
  return (
    <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`} alt={title} style={{ maxWidth: '100%' }} />
  );
}

/** Static SVG for print, RSS, AMP and social cards: no script, no CSS variables, system fonts. */
export const StaticSvgMap: StoryObj<typeof StaticSvg> = {
  name: 'Static SVG (map)',
  render: (args) => <StaticSvg {...args} />,
  args: { view: 'map', locale: 'en', theme: 'light', width: 960 },
  argTypes: {
    view: { control: 'inline-radio', options: ['map', 'network', 'timeline'] },
    locale: { control: 'inline-radio', options: ['en', 'zh', 'ru', 'ar', 'fr'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
};
export const StaticSvgTimelineDark: StoryObj<typeof StaticSvg> = {
  ...StaticSvgMap,
  name: 'Static SVG (timeline, dark, French)',
  args: { view: 'timeline', locale: 'fr', theme: 'dark', width: 960 },
};
