import {
  layoutTimeline,
  padRange,
  type TimelineLayout,
  type TimelineModel,
  type TimeRange,
  timeBounds,
} from '@parklinks/core/timeline';
import { useMemo, useState } from 'react';

/** The timeline's layout (core's `layoutTimeline`) and the zoom that changes its window. */
export type TimelineGeometry = TimelineLayout & { setView: (v: TimeRange | null) => void };

type Input = {
  model: TimelineModel;
  /** What is shown, in keyboard order: dated events in the range, then undated ones (none while a range is set). */
  shown: TimelineModel['items'];
  width: number;
  height: number | undefined;
  range: TimeRange | null;
  rtl: boolean;
};

/** `layoutTimeline` for one width, range and zoom, laid out again only when one of them changes. */
export function useTimelineGeometry({ model, shown, width, height, range, rtl }: Input): TimelineGeometry {
  const r0 = range?.[0];
  const r1 = range?.[1];
  const bounds = useMemo(() => timeBounds(model.items), [model]);
  const base = useMemo(() => (r0 !== undefined && r1 !== undefined ? padRange([r0, r1]) : bounds), [r0, r1, bounds]);
  const [zoom, setZoom] = useState<{ base: TimeRange | null; view: TimeRange } | null>(null);
  // A zoom belongs to the range it was made in; a new range (or data) starts unzoomed.
  const sameBase = zoom?.base && base && zoom.base[0] === base[0] && zoom.base[1] === base[1];
  const v0 = sameBase ? zoom?.view[0] : undefined;
  const v1 = sameBase ? zoom?.view[1] : undefined;
  const layout = useMemo(
    () =>
      layoutTimeline(model, {
        width,
        height,
        range: r0 !== undefined && r1 !== undefined ? [r0, r1] : null,
        view: v0 !== undefined && v1 !== undefined ? [v0, v1] : null,
        rtl,
        shown,
      }),
    [model, shown, width, height, r0, r1, v0, v1, rtl],
  );
  const setView = (v: TimeRange | null) => setZoom(v ? { base, view: v } : null);
  return { ...layout, setView };
}
