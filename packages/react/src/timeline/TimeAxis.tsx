import { axisMarks, type TimeRange } from '@parklinks/core/timeline';
import { memo } from 'react';
import { TextMarks } from './TextMarks.js';

export type TimeAxisProps = {
  domain: TimeRange;
  width: number;
  left: number;
  height: number;
  rtl: boolean;
  locale: string;
};

/**
 * Dates along the top of the lanes, later dates to the left in right-to-left layouts: the scene's `axisMarks`.
 * Memoised: its props change only with the zoom, the size or the locale, never on a hover or a key.
 */
export const TimeAxis = memo(function TimeAxis({ domain, width, left, height, rtl, locale }: TimeAxisProps) {
  return (
    <g>
      <TextMarks marks={axisMarks(domain, { width, left, height, rtl, locale })} />
    </g>
  );
});
