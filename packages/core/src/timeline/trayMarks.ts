import type { Mark } from '../scene/types.js';
import type { TimelineItem } from './buildTimelineModel.js';
import { eventName, nameAndCount } from './laneMarks.js';
import { sideAnchor } from './laneName.js';
import type { TrayLayout } from './layoutTray.js';
import { TRAY_HEADING } from './markAnchor.js';

/** Height of a chip in the undated tray, in px. */
export const CHIP_H = 22;

/**
 * The "date unknown" tray (in its own coordinates, `width` wide): a heading with the count (and "+n more" when
 * a page is shown), then one named, dashed chip per undated event on the page, its title cut to fit.
 */
export function trayMarks(
  tray: TrayLayout,
  undated: readonly TimelineItem[],
  o: { width: number; rtl: boolean; heading: string; more: string },
): Mark[] {
  const { width, rtl } = o;
  const count = ` · ${undated.length}${tray.hidden > 0 ? ` · ${o.more}` : ''}`;
  const heading = nameAndCount(o.heading, count, rtl ? width : 0, 13, rtl ? 'right' : 'left');
  const chips = tray.chips.flatMap((c): Mark[] => {
    const it = undated[c.index];
    if (!it) return [];
    return [
      {
        type: 'group',
        key: it.id,
        transform: `translate(${c.x},${TRAY_HEADING + c.y})`,
        children: [
          {
            type: 'rect',
            x: 0,
            y: 0,
            width: c.w,
            height: CHIP_H,
            rx: 11,
            dash: '4 3',
            fill: 'var(--pl-surface)',
            stroke: 'var(--pl-muted)',
            ref: { type: 'partnership', id: it.id },
            name: eventName(it),
          },
          {
            type: 'text',
            x: rtl ? c.w - 8 : 8,
            y: 15,
            text: c.text,
            size: 12,
            ...sideAnchor(c.text, rtl ? 'right' : 'left'),
          },
        ],
      },
    ];
  });
  return [{ ...heading, key: 'heading' }, ...chips];
}
