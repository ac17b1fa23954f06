import { localize } from '@parklinks/data';
import { countLabel, countryName, type Locale } from '../shared/i18n.js';
import { orgKindLabel } from '../shared/kindLabels.js';
import { uiMessages } from '../shared/messages.js';
import type { MapModel } from './buildMapModel.js';
import type { MapMarker } from './layoutMarkers.js';
import { mapMessages } from './messages.js';

/** What a marker says: a short label for the map, the lines of its tooltip and its accessible name. */
export type MarkerText = { label: string; title: string; lines: string[]; name: string };

/** Most partnership titles an accessible name lists; the data table has them all. */
const MAX_TITLES = 20;

/** Localized titles of the partnerships of `keys` (organizations or `country:<ISO>`), without repeats, capped. */
function titlesOf(model: MapModel, keys: readonly string[], locale: Locale): string {
  // One pass that stops at the first title past the cap (10,000 markers at the benchmark's largest size).
  const seen = keys.length > 1 ? new Set<string>() : undefined;
  let listed = '';
  let shown = 0;
  for (const k of keys)
    for (const id of model.partnershipsOf.get(k) ?? []) {
      if (seen?.has(id)) continue;
      seen?.add(id);
      if (shown === MAX_TITLES) return `${listed} …`;
      const t = model.titles.get(id);
      listed += `${shown ? '; ' : ''}${t ? localize(t, locale) : id}`;
      shown += 1;
    }
  return listed;
}

/** Texts of a marker in `locale`: localized name, kind, city and partnership count; its accessible name also lists its partnerships. */
export function markerText(model: MapModel, m: MapMarker, locale: Locale): MarkerText {
  const mm = mapMessages(locale);
  // The partnerships an accessible name lists, written when the name is first read (`lazyText`).
  const listed = once(() => titlesOf(model, m.type === 'cluster' ? m.members : [m.id], locale));
  const partnerships = once(() => countLabel(locale, 'partnership', m.partnerships));
  if (m.type === 'country') {
    const country = countryName(m.id.slice('country:'.length), locale);
    const cp = model.countryParties.find((c) => c.id === m.id);
    const kind = orgKindLabel(m.kind ?? 'science-park', locale);
    const title = uiMessages(locale).unnamedParties(kind, country, cp?.count);
    return lazyText(
      country,
      title,
      () => [partnerships()],
      () => `${title}, ${partnerships()}: ${listed()}`,
    );
  }
  if (m.type === 'cluster') {
    const c = model.clusterById.get(m.id);
    const city = c?.city ? localize(c.city, locale) : '';
    // The country is named in the tooltip and the accessible name only (see `describe` below).
    const country = () => (c ? countryName(c.country, locale) : '');
    const orgs = mm.organizations(m.members.length);
    const names = () =>
      m.members.map((id) => {
        const o = model.organizations.get(id);
        const parent = o?.parent ? model.organizations.get(o.parent) : undefined;
        return o ? `${localize(o.name, locale)}${parent ? ` (${localize(parent.name, locale)})` : ''}` : id;
      });
    return lazyText(
      city,
      () => `${city}, ${country()}`,
      () => {
        const all = names();
        return [`${orgs} · ${partnerships()}`, ...all.slice(0, 4), ...(all.length > 4 ? ['…'] : []), mm.openCluster];
      },
      () => `${city}, ${country()}: ${orgs} (${names().join('; ')}), ${partnerships()}: ${listed()}`,
    );
  }
  const o = model.organizations.get(m.id);
  if (!o) return { label: m.id, title: m.id, lines: [], name: m.id };
  const name = localize(o.name, locale);
  const label = name.length > 24 && o.shortName ? o.shortName : name;
  // The kind, the place and the group or city government a body belongs to (it has no marker of its own), worked
  // out when the tooltip or the accessible name is first read: the place's country name is the map's first Intl
  // object, whose ICU data load (30-60 ms) would otherwise sit in the first frame of a map whose labels need none.
  const describe = once(() => {
    const parent = o.parent ? model.organizations.get(o.parent) : undefined;
    return {
      kind: orgKindLabel(o.kind, locale),
      place: [o.city ? localize(o.city, locale) : '', countryName(o.country, locale)].filter(Boolean).join(', '),
      within: parent ? ` (${localize(parent.name, locale)})` : '',
    };
  });
  return lazyText(
    label,
    name,
    () => {
      const { kind, place, within } = describe();
      return [`${kind} · ${place}${within}`, partnerships()];
    },
    () => {
      const { kind, place, within } = describe();
      return `${name}${within}, ${kind}, ${place}, ${partnerships()}: ${listed()}`;
    },
  );
}

/**
 * The texts with their tooltip (title and lines) and accessible name written on their first read, then kept: listing a marker's
 * partnerships is most of what its texts cost (10,000 markers: ~130 ms), and a map whose markers are on a canvas
 * reads the lines and names of the few it shows (the hovered, the keyboard's, the announced) only.
 */
function lazyText(
  label: string,
  title: string | (() => string),
  lines: () => string[],
  name: () => string,
): MarkerText {
  const t = typeof title === 'string' ? () => title : once(title);
  const l = once(lines);
  const n = once(name);
  return {
    label,
    get title() {
      return t();
    },
    get lines() {
      return l();
    },
    get name() {
      return n();
    },
  };
}

/** `f`'s value, worked out on the first call and kept (never undefined here). */
function once<T>(f: () => T): () => T {
  let v: T | undefined;
  return () => (v ??= f());
}
