import type { LocaleTag, Theme } from '@parklinks/core';
import type { Dataset, DatasetFilter } from '@parklinks/data';

/** Props every parklinks chart takes. */
export type BaseChartProps = {
  /** The data set to draw: the built-in `dataset`, a filtered part of it, or your own records. Validated; errors show in place. */
  data: Dataset;
  /** Width in px. Default: the container's width. */
  width?: number;
  /** Height in px. Default: derived from the width. */
  height?: number;
  /**
   * Language of names and UI strings: `en`, `zh`, `ru`, `ar` or `fr`, or any BCP 47 tag of them
   * (`ar-EG`, `zh-Hans-CN`); other languages fall back to English. Arabic lays out right to left.
   * Default `'en'`.
   */
  locale?: LocaleTag;
  /** Colour theme; `auto` follows the reader's system setting. Default `'light'`. */
  theme?: Theme;
  /** Selected mark's id (controlled); `null` for none. Default: uncontrolled. */
  selectedId?: string | null;
  /** Initially selected id when uncontrolled. Default `null`. */
  defaultSelectedId?: string | null;
  /** Called with the new selection (or `null` when cleared). */
  onSelect?: (id: string | null) => void;
  /** Which partnerships to show. Default: all. */
  filter?: DatasetFilter;
  /** Accessible title shown above the chart. Default: a localized title per component. */
  title?: string;
  /** Class name on the root `<figure>`. */
  className?: string;
};
