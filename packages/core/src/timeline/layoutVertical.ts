import { r1 } from '../shared/r1.js';
import { eventExtent, type MarkShape } from './eventExtent.js';
import type { LaneEvent } from './layoutLanes.js';
import { packLanes } from './packLanes.js';
import { wrapText } from './wrapText.js';
import type { TimeRange } from './zoomDomain.js';

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
  /** The titles wrapped beforehand by `verticalTexts` with the same options (a page that yields between the two). */
  texts?: VerticalTexts;
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
  /** Time (ms) → y: linear within each calendar year; `knots` are year starts and their y. */
  scale: (ms: number) => number;
  knots: { ms: number[]; y: number[] };
  /** Years that start a labelled tick (those with events, spaced at least 16 px apart). */
  ticks: number[];
  lineHeight: number;
  axisX: number;
  stripX: number;
  stripWidth: number;
};

const AXIS = 44;
const TOP = 12;
const yearOf = (ms: number) => new Date(ms).getUTCFullYear();

/** A title wrapped beside its mark: its lines, its subtitle and the height they take. */
export type VerticalText = { lines: string[]; sub: string; h: number };
/** Each event's title wrapped beside its mark, with its subtitle and height, by event id. */
export type VerticalTexts = ReadonlyMap<string, VerticalText>;

const STRIP_MAX = 40;
const labelGeometry = (width: number, rtl: boolean) => {
  const axisX = rtl ? width - AXIS : AXIS;
  const labelX0 = rtl ? axisX - 8 - STRIP_MAX - 10 : axisX + 8 + STRIP_MAX + 10;
  return { axisX, labelX0, labelW: rtl ? labelX0 - 4 : width - labelX0 - 4 };
};

/** The titles of the phone timeline wrapped to their column (the longest part of its layout), by event id. */
export function verticalTexts(
  events: readonly LaneEvent[],
  o: Pick<VerticalOptions, 'width' | 'rtl' | 'fontSize' | 'subtitle'>,
): VerticalTexts {
  const fontSize = o.fontSize ?? 12;
  const lineH = Math.round(fontSize * 1.3);
  const { labelW } = labelGeometry(o.width, o.rtl ?? false);
  return new Map(
    events.map((e) => {
      const lines = wrapText(e.label, labelW, fontSize, 3);
      const sub = o.subtitle?.(e.id) ?? '';
      return [e.id, { lines, sub, h: lines.length * lineH + (sub ? lineH - 2 : 0) }];
    }),
  );
}

/**
 * Knots of the piecewise time scale: each calendar year gets the height its titles need (or a fixed share when
 * dense), at least 16 px; returns the knots and each year's need.
 */
function yearKnots(
  events: readonly LaneEvent[],
  texts: ReadonlyMap<string, VerticalText>,
  [t0, t1]: TimeRange,
  dense: boolean,
) {
  const need = new Map<number, number>();
  for (const e of events) {
    const y = yearOf((e.start + e.end) / 2);
    need.set(y, (need.get(y) ?? 0) + (dense ? 0 : (texts.get(e.id) as VerticalText).h + 8));
  }
  const y0 = yearOf(t0);
  const y1 = yearOf(t1);
  const ms: number[] = [t0];
  const ys: number[] = [TOP];
  const perYearDense = Math.max(16, Math.min(240, Math.floor(6000 / Math.max(1, y1 - y0 + 1))));
  for (let y = y0; y <= y1; y++) {
    const a = Math.max(t0, Date.UTC(y, 0, 1));
    const b = Math.min(t1, Date.UTC(y + 1, 0, 1));
    const share = (b - a) / (Date.UTC(y + 1, 0, 1) - Date.UTC(y, 0, 1));
    const h = Math.max(16 * share, dense ? perYearDense * share : (need.get(y) ?? 0));
    ms.push(b);
    ys.push((ys[ys.length - 1] as number) + h);
  }
  const scale = (t: number) => {
    let k = 1;
    while (k < ms.length - 1 && (ms[k] as number) < t) k++;
    const a = ms[k - 1] as number;
    const b = ms[k] as number;
    return (ys[k - 1] as number) + ((t - a) / Math.max(1, b - a)) * ((ys[k] as number) - (ys[k - 1] as number));
  };
  return { ms, ys, need, y0, y1, scale };
}

/** Titles beside their marks, top to bottom, each below the previous; when dense, one too far from its mark is left out. */
function placeTitles(
  first: readonly { e: LaneEvent; x: { center: number } }[],
  texts: ReadonlyMap<string, VerticalText>,
  o: { x: number; lineH: number; maxShift: number },
) {
  const order = first.map((_, i) => i).sort((i, j) => first[i]!.x.center - first[j]!.x.center || i - j);
  const labels = new Map<number, VerticalLabel>();
  let bottom = 0;
  for (const i of order) {
    const { e, x } = first[i]!;
    const t = texts.get(e.id) as VerticalText;
    const want = x.center - o.lineH / 2;
    const y = Math.max(want, bottom + 6);
    if (y - want > o.maxShift) continue;
    labels.set(i, { x: r1(o.x), y: r1(y), lines: t.lines, subtitle: t.sub, height: t.h });
    bottom = y + t.h;
  }
  return { labels, bottom };
}

/** Year ticks where the column is busy (years with events, or every fifth), at least 16 px apart. */
function yearTicks(k: ReturnType<typeof yearKnots>): number[] {
  const ticks: number[] = [];
  let lastY = Number.NEGATIVE_INFINITY;
  for (let y = k.y0 + 1; y <= k.y1; y++) {
    const at = k.scale(Date.UTC(y, 0, 1));
    const busy = k.need.has(y) || k.need.has(y - 1) || (y - k.y0) % 5 === 0;
    if (busy && at - lastY >= 16) {
      ticks.push(Date.UTC(y, 0, 1));
      lastY = at;
    }
  }
  return ticks;
}

/**
 * The phone timeline: time runs down a tall column the page scrolls. Each calendar year gets the
 * height its titles need (at least 16 px per year; within a year time is linear, so a month bar or
 * a year band still spans exactly its period), marks sit in a narrow strip of sub-columns (none
 * overlap) and each title is wrapped beside its mark. With more than 200 events the years share a
 * fixed height and titles are drawn only where they fit near their mark.
 */
export function layoutVertical(events: readonly LaneEvent[], o: VerticalOptions): VerticalLayout {
  const { width, rtl = false, fontSize = 12 } = o;
  const lineH = Math.round(fontSize * 1.3);
  const dense = events.length > 200;
  const { axisX, labelX0 } = labelGeometry(width, rtl);
  const texts = o.texts ?? verticalTexts(events, o);
  const knots = yearKnots(events, texts, o.domain, dense);
  const { scale } = knots;
  const first = events.map((e) => ({ e, x: eventExtent(e, scale, 8, 3)! })).filter((d) => d.x);
  const packed = packLanes(
    first.map((d) => ({ lane: '', a0: d.x.a0, a1: d.x.a1 })),
    2,
  );
  const cols = packed.rows.get('') ?? 1;
  const stripWidth = Math.min(STRIP_MAX, Math.max(10, cols * 10));
  const colW = stripWidth / Math.max(1, cols);
  const stripX = rtl ? axisX - 8 - stripWidth : axisX + 8;
  const maxShift = dense ? 2 * lineH : Number.POSITIVE_INFINITY;
  const { labels, bottom } = placeTitles(first, texts, { x: labelX0, lineH, maxShift });
  const marks = first.map(({ e, x }, i): VerticalMark => {
    const col = packed.row[i] ?? 0;
    const left = rtl ? stripX + stripWidth - (col + 1) * colW : stripX + col * colW;
    const { shape, a0, a1, center } = x;
    return { id: e.id, shape, a0, a1, center, x: r1(left), w: r1(colW), label: labels.get(i) ?? null };
  });
  return {
    marks,
    height: Math.ceil(Math.max((knots.ys[knots.ys.length - 1] as number) + TOP, bottom + TOP)),
    scale,
    knots: { ms: knots.ms, y: knots.ys.map(r1) },
    ticks: yearTicks(knots),
    lineHeight: lineH,
    axisX,
    stripX: r1(stripX),
    stripWidth: r1(stripWidth),
  };
}
