import type { TimelineItem } from '@parklinks/core/timeline';
import { keyboardIndex, revealInDomain, type TimeRange, zoomDomain } from '@parklinks/core/timeline';
import { type KeyboardEvent, useState } from 'react';
import type { TimelineGeometry } from './useTimelineGeometry.js';

type Options = {
  order: readonly TimelineItem[];
  indexOf: ReadonlyMap<string, number>;
  geo: TimelineGeometry;
  rtl: boolean;
  selectedIndex: number | null;
  select: (id: string | null) => void;
  range: TimeRange | null;
  setRange: (r: TimeRange | null) => void;
};

/**
 * Keyboard model of the timeline's single tab stop: arrows move through events in time order
 * (undated last; ← moves later in right-to-left layouts), Home/End/PageUp/PageDown jump, Enter or
 * Space selects, Escape clears, + and − zoom, 0 resets, [ and ] start or end the range at the
 * current event, Delete clears the range. Moving to an event outside the zoomed window pans to it.
 */
export function useTimelineKeys({ order, indexOf, geo, rtl, selectedIndex, select, range, setRange }: Options) {
  // Kept by id, so the same partnership stays active when a range or filter changes the order.
  const [activeId, setActiveId] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  const current = activeId !== null ? (indexOf.get(activeId) ?? null) : null;
  const setActive = (i: number | null) => setActiveId(i === null ? null : (order[i]?.id ?? null));

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
    } else if ((e.key === '[' || e.key === ']') && current !== null && geo.bounds) {
      // The brush by keyboard: the range starts (or ends) with the current partnership's period.
      const it = order[current];
      if (!it || it.start === null || it.end === null) return;
      e.preventDefault();
      const [lo, hi] = range ?? geo.bounds;
      const next: TimeRange = e.key === '[' ? [it.start, Math.max(hi, it.end)] : [Math.min(lo, it.start), it.end];
      setRange(next);
    } else if ((e.key === 'Delete' || e.key === 'Backspace') && range) {
      e.preventDefault();
      setRange(null);
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
