import { type KeyboardEvent, useState } from 'react';
import { keyboardIndex } from './keyboardIndex.js';
import type { TimelineItem } from './prepareEvents.js';
import type { TimelineGeometry } from './useTimelineGeometry.js';
import { revealInDomain, zoomDomain } from './zoomDomain.js';

type Options = {
  order: readonly TimelineItem[];
  geo: TimelineGeometry;
  rtl: boolean;
  selectedIndex: number | null;
  select: (id: string | null) => void;
};

/**
 * Keyboard model of the timeline's single tab stop: arrows move through events in time order
 * (undated last; ← moves later in right-to-left layouts), Home/End/PageUp/PageDown jump, Enter or
 * Space selects, Escape clears, + and − zoom, 0 resets. Moving to an event outside the zoomed
 * window pans the window to it.
 */
export function useTimelineKeys({ order, geo, rtl, selectedIndex, select }: Options) {
  const [active, setActive] = useState<number | null>(null);
  const [focused, setFocused] = useState(false);
  const current = active !== null && active < order.length ? active : null;

  const moveTo = (i: number) => {
    setActive(i);
    const it = order[i];
    const { view, base } = geo;
    if (it && it.start !== null && it.end !== null && view && base && !geo.vertical) {
      const next = revealInDomain(view, it.start, it.end, base);
      if (next !== view) geo.setView(next);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.target !== e.currentTarget || e.altKey || e.ctrlKey || e.metaKey) return;
    const next = keyboardIndex(e.key, current, order.length, rtl && !geo.vertical);
    if (next !== undefined) {
      e.preventDefault();
      moveTo(next);
      return;
    }
    const { view, base } = geo;
    if (e.key === 'Enter' || e.key === ' ') {
      if (current === null) return;
      e.preventDefault();
      select(order[current]?.id ?? null);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      select(null);
      setActive(null);
    } else if ((e.key === '+' || e.key === '=' || e.key === '-') && view && base && !geo.vertical) {
      e.preventDefault();
      geo.setView(zoomDomain(view, e.key === '-' ? 0.5 : 2, (view[0] + view[1]) / 2, base));
    } else if (e.key === '0' && !geo.vertical) {
      e.preventDefault();
      geo.setView(null);
    }
  };

  const onFocus = (e: { target: EventTarget; currentTarget: EventTarget }) => {
    if (e.target !== e.currentTarget) return;
    setFocused(true);
    if (current === null && order.length) moveTo(selectedIndex ?? 0);
  };
  const onBlur = () => setFocused(false);

  return { active: current, setActive, focused, onKeyDown, onFocus, onBlur };
}
