import type { Locale } from '@parklinks/core';
import { markAnchor, type TimelineItem } from '@parklinks/core/timeline';
import type { Dataset } from '@parklinks/data';
import { CARD_SMALL, FontPrimer, TooltipCard, TooltipLayer } from '../shared/TooltipCard.js';
import { useStoreValue } from '../shared/valueStore.js';
import { EventDetails } from './EventDetails.js';

import type { HoverStore } from './rings.js';
import type { TimelineGeometry } from './useTimelineGeometry.js';

export type TimelineTooltipProps = {
  hover: HoverStore;
  /** Keyboard index of the event the keyboard is on (while focused), else null. */
  focusIndex: number | null;
  selectedIndex: number | null;
  order: readonly TimelineItem[];
  undatedOffset: number;
  geo: TimelineGeometry;
  width: number;
  data: Dataset;
  locale: Locale;
  laneLabels: ReadonlyMap<string, string>;
  showLaneInTooltip: boolean;
};

// The fonts of the card (`EventDetails`): its bold title, and its lines' regular and italic.
// (Drawn anew in each chart: a module-level element shared by every chart kept a removed embed alive.)
const CardFonts = () => (
  <FontPrimer>
    <b>a</b>
    <span style={{ fontSize: CARD_SMALL }}>
      a<i>a</i>
    </span>
  </FontPrimer>
);

/**
 * The card for the hovered event, else the keyboard's, else the selected one (pinned: it takes the
 * pointer, so its source links can be followed). Reads the hover store: a hover re-renders this and
 * the ring overlay, nothing else.
 */
export function TimelineTooltip(props: TimelineTooltipProps) {
  const hover = useStoreValue(props.hover);
  const { order, geo, selectedIndex } = props;
  const shownIndex = hover ?? props.focusIndex ?? selectedIndex;
  const shown = shownIndex !== null ? order[shownIndex] : undefined;
  const anchor = shown ? markAnchor(geo, shown.id, shownIndex! - props.undatedOffset) : null;
  const pinned = shownIndex === selectedIndex && hover === null && props.focusIndex === null;
  return (
    // Always there, over the chart body (see TooltipLayer): showing the card lays out and rasters that box alone.
    <TooltipLayer>
      <CardFonts />
      {shown && anchor ? (
        <TooltipCard x={anchor.x} y={anchor.y} width={props.width} height={geo.height}>
          <div style={{ pointerEvents: pinned ? 'auto' : 'none' }}>
            <EventDetails
              item={shown}
              data={props.data}
              locale={props.locale}
              laneLabel={props.showLaneInTooltip ? (props.laneLabels.get(shown.lane) ?? '') : ''}
            />
          </div>
        </TooltipCard>
      ) : null}
    </TooltipLayer>
  );
}
