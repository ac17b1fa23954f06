import type { PartnershipDate } from '@parklinks/data';

const cache = new Map<string, Intl.DateTimeFormat>();
// Many events share a date value; formatting is ~20 µs a call, so results are kept too (bounded).
const texts = new Map<string, string>();
const formatter = (locale: string, precision: PartnershipDate['precision']) => {
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

/**
 * A partnership date as precise as it is known ("5 Jul 2016", "May 2017", "2016"), like the shared
 * `formatPartialDate` but with cached Intl formatters and results: a
 * new formatter per event cost about a second at 10,000 events.
 */
export function dateText(date: PartnershipDate, locale: string): string {
  const key = `${locale}|${date.value}`;
  let text = texts.get(key);
  if (text === undefined) {
    const [y = 0, m = 1, d = 1] = date.value.split('-').map(Number);
    text = formatter(locale, date.precision).format(new Date(Date.UTC(y, m - 1, d)));
    if (texts.size > 20_000) texts.clear();
    texts.set(key, text);
  }
  return text;
}
