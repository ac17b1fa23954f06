import { eventExtent, type MarkShape } from './eventExtent.js';
import type { LaneEvent } from './layoutLanes.js';
import { packLanes } from './packLanes.js';
import { wrapText } from './wrapText.js';

export type VerticalOptions = {
  /** Time range shown, oldest at the top. */
  domain: readonly [number, number];
  /** Width of the whole chart in px. */
  width: number;
  /** Axis on the right and labels on the left of the marks (right-to-left reading). Default false. */
  rtl?: boolean;
  fontSize?: number;
  /** Second, smaller line under each title (e.g. the lane), by event id. */
  subtitle?: (id: string) => string;
};
export type VerticalLabel = { x: number; y: number; lines: string[]; subtitle: string; height: number };
export type VerticalMark = {
  id: string;
  shape: MarkShape;
  /** Extent along the (vertical) time axis. */
  a0: number;
  a1: number;
  center: number;
  /** Left edge and width of the mark's column. */
  x: number;
  w: number;
  label: VerticalLabel | null;
};
export type VerticalLayout = {
  marks: VerticalMark[];
  height: number;
  /** Time (ms) → y, for the axis, and the y range it maps the domain onto. */
  scale: (ms: number) => number;
  axisRange: [number, number];
  lineHeight: number;
  axisX: number;
  stripX: number;
  stripWidth: number;
};

const AXIS = 48;
const TOP = 12;
const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * The phone timeline: time runs down a tall, scrollable column, marks sit in a narrow strip of
 * sub-columns (so none overlap), and each title is wrapped beside its mark, nudged down only as
 * far as needed to clear the previous one. With many events a label whose nudge would carry it
 * far from its mark is left out (its mark keeps its accessible name).
 */
export function layoutVertical(events: readonly LaneEvent[], o: VerticalOptions): VerticalLayout {
  const { width, rtl = false, fontSize = 12 } = o;
  const [t0, t1] = o.domain;
  const span = Math.max(1, t1 - t0);
  const lineH = Math.round(fontSize * 1.3);
  const height = Math.min(6000, Math.max(360, events.length * 30));
  const scale = (ms: number) => TOP + ((ms - t0) / span) * height;
  const first = events.map((e) => ({ e, x: eventExtent(e, scale, 8, 3) })).filter((d) => d.x !== null);
  const packed = packLanes(
    first.map((d) => ({ lane: '', a0: d.x!.a0, a1: d.x!.a1 })),
    2,
  );
  const cols = packed.rows.get('') ?? 1;
  const stripWidth = Math.min(96, Math.max(12, cols * 10));
  const colW = stripWidth / Math.max(1, cols);
  const axisX = rtl ? width - AXIS : AXIS;
  const stripX = rtl ? axisX - 8 - stripWidth : axisX + 8;
  const labelX = rtl ? stripX - 10 : stripX + stripWidth + 10;
  const labelW = rtl ? labelX - 4 : width - labelX - 4;
  const maxShift = events.length > 200 ? 3 * lineH : Number.POSITIVE_INFINITY;

  const order = first.map((_, i) => i).sort((i, j) => first[i]!.x!.center - first[j]!.x!.center || i - j);
  const labels = new Map<number, VerticalLabel>();
  let bottom = 0;
  for (const i of order) {
    const { e, x } = first[i]!;
    const lines = wrapText(e.label, labelW, fontSize, 3);
    const subtitle = o.subtitle?.(e.id) ?? '';
    const h = lines.length * lineH + (subtitle ? lineH - 2 : 0);
    const want = x!.center - lineH / 2;
    const y = Math.max(want, bottom + 6);
    if (y - want > maxShift) continue;
    labels.set(i, { x: r1(labelX), y: r1(y), lines, subtitle, height: h });
    bottom = y + h;
  }
  const marks = first.map(({ e, x }, i): VerticalMark => {
    const col = packed.row[i] ?? 0;
    const left = rtl ? stripX + stripWidth - (col + 1) * colW : stripX + col * colW;
    return {
      id: e.id,
      shape: x!.shape,
      a0: x!.a0,
      a1: x!.a1,
      center: x!.center,
      x: r1(left),
      w: r1(colW),
      label: labels.get(i) ?? null,
    };
  });
  return {
    marks,
    height: Math.ceil(Math.max(height + TOP * 2, bottom + TOP)),
    scale,
    axisRange: [TOP, TOP + height],
    lineHeight: lineH,
    axisX,
    stripX: r1(stripX),
    stripWidth: r1(stripWidth),
  };
}
