import type { CircleMark, MarkStyle, RectMark } from '../scene/types.js';
import { r1 } from '../shared/r1.js';
import type { MarkShape } from './eventExtent.js';

/** Where one event is drawn: extent along the time axis (`a0`–`a1`, `center`) and across it (`b0`, `size`: its row). */
export type EventGeometryInput = {
  shape: MarkShape;
  a0: number;
  a1: number;
  center: number;
  b0: number;
  /** Row thickness. */
  size: number;
  /** Time runs down (vertical timeline) instead of across. */
  vertical?: boolean;
  pointSize: number;
};

export type EventGeometry =
  | { kind: 'circle'; cx: number; cy: number; r: number }
  | { kind: 'rect'; x: number; y: number; width: number; height: number };

/** The circle (day) or rect (month bar, year band) of one event, shared by the marks and their rings. */
export function eventGeometry({
  shape,
  a0,
  a1,
  center,
  b0,
  size,
  vertical,
  pointSize,
}: EventGeometryInput): EventGeometry {
  if (shape === 'point') {
    const r = r1(Math.max(1, Math.min(pointSize, size - 1) / 2));
    const c = r1(b0 + size / 2);
    return { kind: 'circle', cx: vertical ? c : center, cy: vertical ? center : c, r };
  }
  const thick = shape === 'band' ? Math.max(1, size - 1) : Math.max(1.5, Math.min(size - 1, size * 0.36));
  const off = r1(b0 + (size - thick) / 2);
  const long = r1(Math.max(1, a1 - a0));
  const t = r1(thick);
  return vertical
    ? { kind: 'rect', x: off, y: a0, width: t, height: long }
    : { kind: 'rect', x: a0, y: off, width: long, height: t };
}

/** The three looks an event can have: solid (day, month), band (year), hollow (date known only from a report). */
export type EventLook = 'solid' | 'band' | 'hollow';
export const eventLooks: readonly EventLook[] = ['band', 'solid', 'hollow'];

export function eventLook(shape: MarkShape, reported: boolean): EventLook {
  return reported ? 'hollow' : shape === 'band' ? 'band' : 'solid';
}

/** Fill and stroke of a look, as theme colours. */
export function lookColors(look: EventLook): { fill: string; stroke: string } {
  return {
    fill:
      look === 'hollow'
        ? 'var(--pl-bg)'
        : look === 'band'
          ? 'var(--pl-band, color-mix(in srgb, var(--pl-accent) 22%, var(--pl-bg)))'
          : 'var(--pl-accent)',
    stroke: 'var(--pl-accent)',
  };
}

/** Stroke width and dash of an event: bands and reported dates are outlined, reported ones dashed when big enough. */
export function eventStroke(shape: MarkShape, reported: boolean, size: number): { strokeWidth: number; dash?: string } {
  const strokeWidth = shape === 'band' || reported ? 1.2 : 0;
  return reported && size >= 5 ? { strokeWidth, dash: '3 2' } : { strokeWidth };
}

/** One event as a scene mark: its geometry, look and stroke (no name: the caller adds `ref` and `name`). */
export function eventMark(g: EventGeometryInput & { reported: boolean }): CircleMark | RectMark {
  const geo = eventGeometry(g);
  const style: MarkStyle = {
    ...lookColors(eventLook(g.shape, g.reported)),
    ...eventStroke(g.shape, g.reported, g.size),
  };
  return geo.kind === 'circle'
    ? { type: 'circle', x: geo.cx, y: geo.cy, r: geo.r, ...style }
    : {
        type: 'rect',
        x: geo.x,
        y: geo.y,
        width: geo.width,
        height: geo.height,
        rx: g.shape === 'bar' ? 1.5 : 0,
        ...style,
      };
}

/** How a ring is drawn: keyboard focus (orange), selection (solid, the text colour) or hover (thin). */
export type RingKind = 'focus' | 'selected' | 'hover';

/** The ring around an event's mark. */
export function ringMark(g: EventGeometryInput, kind: RingKind): CircleMark | RectMark {
  const geo = eventGeometry(g);
  const pad = kind === 'focus' ? 3.5 : 2;
  const style: MarkStyle = {
    fill: 'none',
    stroke: kind === 'focus' ? 'var(--pl-focus)' : 'var(--pl-fg)',
    strokeWidth: kind === 'hover' ? 1 : 2,
  };
  return geo.kind === 'circle'
    ? { type: 'circle', x: geo.cx, y: geo.cy, r: geo.r + pad, ...style }
    : {
        type: 'rect',
        x: geo.x - pad,
        y: geo.y - pad,
        width: geo.width + 2 * pad,
        height: geo.height + 2 * pad,
        rx: 3,
        ...style,
      };
}
