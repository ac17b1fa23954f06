import type { PartnershipDate } from '@parklinks/data';
import { knownDateText } from '../shared/i18n.js';

type Precision = PartnershipDate['precision'];
const cache = new Map<string, Intl.DateTimeFormat>();
// Many events share a date value; formatting is ~5–20 µs a call, so results are kept too (per locale, bounded).
const texts = new Map<string, Map<string, string>>();
const formatter = (locale: string, precision: Precision) => {
  const key = `${locale}|${precision}`;
  let f = cache.get(key);
  if (!f) {
    const opts: Intl.DateTimeFormatOptions =
      precision === 'day'
        ? { year: 'numeric', month: 'short', day: 'numeric' }
        : precision === 'month'
          ? { year: 'numeric', month: 'long' }
          : { year: 'numeric' };
    f = new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' });
    cache.set(key, f);
  }
  return f;
};

// Day dates are built from parts: the month's text once per month, with its day part swapped for the day's (one
// Intl call per month and per day number instead of one per date: 10,000 day dates spread over 26 years format
// ~340 times instead of ~9,500). Only in the Gregorian calendar, where the day part does not depend on the month.
type DayParts = { before: string; after: string };
const monthParts = new Map<string, Map<number, DayParts | null>>();
const dayNumbers = new Map<string, string[]>();

function dayNumber(locale: string, f: Intl.DateTimeFormat, d: number): string {
  let days = dayNumbers.get(locale);
  if (!days) {
    days = [];
    dayNumbers.set(locale, days);
  }
  let s = days[d];
  if (s === undefined) {
    s = f.formatToParts(new Date(Date.UTC(2000, 0, d))).find((p) => p.type === 'day')?.value ?? String(d);
    days[d] = s;
  }
  return s;
}

/** The text of `y-m` around its day part, or null when it cannot be split so (another calendar, no one day part). */
function partsOfMonth(locale: string, f: Intl.DateTimeFormat, y: number, m: number): DayParts | null {
  let months = monthParts.get(locale);
  if (!months) {
    months = new Map();
    monthParts.set(locale, months);
  }
  let parts = months.get(y * 12 + m);
  if (parts === undefined) {
    parts = null;
    if (f.resolvedOptions().calendar === 'gregory') {
      const first = new Date(Date.UTC(y, m - 1, 1));
      const all = f.formatToParts(first);
      const i = all.findIndex((p) => p.type === 'day');
      if (i >= 0 && all.findIndex((p, j) => j > i && p.type === 'day') < 0) {
        const join = (list: Intl.DateTimeFormatPart[]) => list.map((p) => p.value).join('');
        // `format` may write a plain space where `formatToParts` gives a narrow no-break one (Chromium, V8): the
        // parts are kept only once they rebuild `format`'s own text, with that space or without.
        const whole = f.format(first);
        const day = all[i]!.value;
        for (const fix of [(s: string) => s, (s: string) => s.replaceAll('\u202f', ' ')]) {
          const p = { before: fix(join(all.slice(0, i))), after: fix(join(all.slice(i + 1))) };
          if (`${p.before}${day}${p.after}` === whole) {
            parts = p;
            break;
          }
        }
      }
    }
    if (months.size > 5_000) months.clear();
    months.set(y * 12 + m, parts);
  }
  return parts;
}

function format(date: PartnershipDate, locale: string): string {
  const v = date.value; // YYYY, YYYY-MM or YYYY-MM-DD
  const y = Number(v.slice(0, 4));
  const m = v.length >= 7 ? Number(v.slice(5, 7)) : 1;
  const d = v.length >= 10 ? Number(v.slice(8, 10)) : 1;
  const f = formatter(locale, date.precision);
  if (date.precision === 'day' && d >= 1 && d <= 31) {
    const parts = partsOfMonth(locale, f, y, m);
    if (parts) return `${parts.before}${dayNumber(locale, f, d)}${parts.after}`;
  }
  return f.format(new Date(Date.UTC(y, m - 1, d)));
}

/**
 * A partnership date as precise as it is known ("5 Jul 2016", "May 2017", "2016"), like the shared
 * `formatPartialDate` but with cached Intl formatters and results: a
 * new formatter per event cost about a second at 10,000 events.
 */
export function dateText(date: PartnershipDate, locale: string): string {
  let known = texts.get(locale);
  if (!known) {
    known = new Map();
    texts.set(locale, known);
  }
  let text = known.get(date.value);
  if (text === undefined) {
    text = knownDateText(date.value, locale) ?? format(date, locale);
    if (known.size > 20_000) known.clear();
    known.set(date.value, text);
  }
  return text;
}

/** A year as the timeline's axis writes it ("2016"; "2016 г." in Russian), from `dateText`'s texts. */
export const yearText = (year: number, locale: string): string =>
  dateText({ value: String(year).padStart(4, '0'), precision: 'year', basis: 'signed' }, locale);
