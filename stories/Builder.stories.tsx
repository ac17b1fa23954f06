import { isRtl } from '@parklinks/core';
import { dataset } from '@parklinks/data/dataset';
import { defineParklinksElements } from '@parklinks/embed';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useRef } from 'react';
import { mountBuilder } from '../packages/embed/src/builder/builder';
import '../packages/embed/src/builder/builder.css';

// What parklinks.js does when it loads (builder.html loads it beside itself): define the elements.
defineParklinksElements({ data: dataset });

type BuilderProps = {
  /** Language of the builder (the chart's language starts the same): en, zh, ru, ar or fr. */
  uiLocale: string;
  /** Folder of parklinks.js and embed.html written into the codes. */
  base: string;
};

/** The builder page's module, mounted into the story (the page itself is `dist/builder.html`). */
function Builder({ uiLocale, base }: BuilderProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const builder = mountBuilder(ref.current, { data: dataset, base, uiLocale });
    return () => builder.destroy();
  }, [uiLocale, base]);
  return <div ref={ref} lang={uiLocale} dir={isRtl(uiLocale as 'en') ? 'rtl' : 'ltr'} />;
}

/**
 * The builder for editors, shipped as `@parklinks/embed/dist/builder.html`: pick a view, countries, kinds, topics,
 * years, language, theme, height and heading; see the live chart (the real `<parklinks-…>` element); copy the
 * script + element code, the iframe code (with parklinks-frame.js, or pym.js), each carrying the height; download
 * the chart as SVG or PNG (title, source line, credit) and the CSV of exactly the records shown.
 */
const meta = {
  title: 'Embed/Builder',
  component: Builder,
  parameters: { layout: 'fullscreen' },
  args: { uiLocale: 'en', base: 'https://cdn.jsdelivr.net/npm/@parklinks/embed@0.1/dist/' },
  argTypes: { uiLocale: { control: 'inline-radio', options: ['en', 'zh', 'ru', 'ar', 'fr'] } },
} satisfies Meta<typeof Builder>;
export default meta;
type Story = StoryObj<typeof meta>;

export const English: Story = {};

/** The builder in Arabic: laid out right to left, the chart in Arabic. */
export const Arabic: Story = { args: { uiLocale: 'ar' } };
