import {
  type ArcEndpoint,
  convenerIndex,
  type Dataset,
  type DatasetSummary,
  type LocalizedText,
  type MapArc,
  type Organization,
  type OrganizationKind,
  type Party,
  toMapArcs,
  yearOf,
} from '@parklinks/data';
import type { CountryFeature } from './basemap.js';
import { type CityCluster, clusterByCity } from './clusterByCity.js';
import { countryAnchors } from './countryAnchors.js';

/** Unnamed parties of one country, drawn at the country's representative point. */
export type CountryParty = {
  /** `country:<ISO>` */
  id: string;
  country: string;
  lon: number;
  lat: number;
  /** Kinds the sources give for them, sorted. */
  kinds: OrganizationKind[];
  /** Largest count a source gives, when any does. */
  count?: number;
  /** Partnerships they take part in. */
  partnerships: number;
};

/**
 * The legs between two places (city clusters or countries' unnamed parties), in either direction:
 * what the static arc layer draws, one path per pair. `from` < `to` (a pair within one place has both equal).
 */
export type CityPair = {
  /** `<from>|<to>` */
  id: string;
  from: string;
  to: string;
  /** Number of legs between the two places. */
  legs: number;
  /** Number of distinct partnerships (agreements) those legs belong to. */
  partnerships: number;
};

/** Everything the map draws, before projection: arcs, organizations by city, country-level parties. */
export type MapModel = {
  /** Every leg (`toMapArcs`), built on first use. */
  readonly arcs: MapArc[];
  /** Number of legs (`arcs.length`, known without building them). */
  legCount: number;
  /** Whether any leg belongs to a bilateral, any to a multilateral partnership. */
  legKinds: { bilateral: boolean; multilateral: boolean };
  organizations: Map<string, Organization>;
  /** Named parties' partnership counts. */
  counts: Map<string, number>;
  /** Organizations taking part in at least one partnership, grouped by city. */
  clusters: CityCluster[];
  countryParties: CountryParty[];
  /** Distinct partnerships of each city cluster's members. */
  clusterCounts: Map<string, number>;
  /** Partnership ids of each organization and each `country:<ISO>` of unnamed parties, in data order. */
  partnershipsOf: Map<string, string[]>;
  /** Partnership titles by id. */
  titles: Map<string, LocalizedText>;
  /** ISO codes of every party's country. */
  countries: Set<string>;
  /** The basemap's polygons, drawn under everything. */
  basemap: readonly CountryFeature[];
  /** (lon, lat) of an arc endpoint, or undefined when it cannot be placed. */
  locate: (endpoint: ArcEndpoint) => [number, number] | undefined;
  /** Every drawn point, for fitting the projection to the data. */
  points: [number, number][];
  /** Positions of `arcs` (legs) at each endpoint key (organization id or `country:<ISO>`), ascending. */
  legsOf: Map<string, number[]>;
  /** Place of an endpoint key: its organization's city cluster id, or the `country:<ISO>` itself. */
  placeOf: Map<string, string>;
  /** (lon, lat) of each place: a city cluster's centre or a country's representative point. */
  places: Map<string, [number, number]>;
  /** Legs grouped by the pair of places they join, in order of first appearance. */
  pairs: CityPair[];
  /** City clusters by id. */
  clusterById: Map<string, CityCluster>;
  /** The figures of the data set's summary sentence (as `summarize` gives them), counted in the same pass. */
  summary: DatasetSummary;
};

// Representative points per basemap, computed per country on first need (all 177 at once cost ~100 ms cold).
const anchorCache = new WeakMap<readonly CountryFeature[], Map<string, [number, number] | undefined>>();
function basemapAnchor(countries: readonly CountryFeature[], country: string): [number, number] | undefined {
  let anchors = anchorCache.get(countries);
  if (!anchors) {
    anchors = new Map();
    anchorCache.set(countries, anchors);
  }
  if (!anchors.has(country))
    anchors.set(country, countryAnchors(countries.filter((c) => c.code === country)).get(country));
  return anchors.get(country);
}

/**
 * Builds the map's model from a (validated, filtered) data set and the basemap's countries, which
 * place the parties known only by country. Pure; no projection yet.
 */
export function buildMapModel(data: Dataset, basemap: readonly CountryFeature[]): MapModel {
  const organizations = new Map<string, Organization>();
  for (const o of data.organizations) organizations.set(o.id, o);

  // Fallback for a country the atlas lacks: the mean of the data's organizations there.
  const anchorOf = (country: string): [number, number] | undefined => {
    const a = basemapAnchor(basemap, country);
    if (a) return a;
    const here = data.organizations.filter((o) => o.country === country);
    if (!here.length) return undefined;
    const mean = (f: (o: Organization) => number) =>
      Math.round((here.reduce((s, o) => s + f(o), 0) / here.length) * 1e4) / 1e4;
    return [mean((o) => o.location.lon), mean((o) => o.location.lat)];
  };

  // One pass over the partnerships: named parties' counts, countries, unnamed parties by country,
  // each key's partnerships and the titles.
  const counts = new Map<string, number>();
  const countries = new Set<string>();
  const byCountry = new Map<string, CountryParty>();
  const noAnchor = new Set<string>();
  const partnershipsOf = new Map<string, string[]>();
  const titles = new Map<string, LocalizedText>();
  let firstYear: number | null = null;
  let lastYear: number | null = null;
  let undated = 0;
  for (const p of data.partnerships) {
    titles.set(p.id, p.title);
    if (p.date) {
      const y = yearOf(p.date.value);
      if (firstYear === null || y < firstYear) firstYear = y;
      if (lastYear === null || y > lastYear) lastYear = y;
    } else undated += 1;
    const parties = p.parties;
    for (let i = 0; i < parties.length; i++) {
      const party = parties[i] as (typeof parties)[number];
      let key: string;
      if ('org' in party) {
        key = party.org;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        const c = organizations.get(key)?.country;
        if (c) countries.add(c);
      } else {
        const { country, kind, count } = party.unnamed;
        key = `country:${country}`;
        countries.add(country);
        let cp = byCountry.get(country);
        if (!cp && !noAnchor.has(country)) {
          const at = anchorOf(country);
          if (at) {
            cp = { id: key, country, lon: at[0], lat: at[1], kinds: [], partnerships: 0 };
            byCountry.set(country, cp);
          } else noAnchor.add(country);
        }
        if (cp) {
          if (kind && !cp.kinds.includes(kind)) cp.kinds = [...cp.kinds, kind].sort();
          if (count) cp.count = Math.max(cp.count ?? 0, count);
        }
      }
      // Each key once per partnership (a party may repeat), in party order.
      let repeat = false;
      for (let j = 0; j < i && !repeat; j++) {
        const q = parties[j] as (typeof parties)[number];
        repeat = 'org' in q ? q.org === key : `country:${q.unnamed.country}` === key;
      }
      if (repeat) continue;
      const list = partnershipsOf.get(key);
      if (list) list.push(p.id);
      else partnershipsOf.set(key, [p.id]);
      if (!('org' in party)) {
        const cp = byCountry.get(party.unnamed.country);
        if (cp) cp.partnerships += 1;
      }
    }
  }
  const active = data.organizations.filter((o) => (counts.get(o.id) ?? 0) > 0);
  const countryParties = [...byCountry.values()].sort((a, b) => (a.country < b.country ? -1 : 1));
  const locate = (e: ArcEndpoint): [number, number] | undefined => {
    if (e.type === 'organization') return [e.lon, e.lat];
    const cp = byCountry.get(e.country);
    return cp ? [cp.lon, cp.lat] : undefined;
  };
  const points: [number, number][] = [];
  for (const o of active) points.push([o.location.lon, o.location.lat]);
  for (const c of countryParties) points.push([c.lon, c.lat]);
  const clusters = clusterByCity(active);
  const clusterById = new Map<string, CityCluster>();
  // Places: every organization stands at its city cluster's centre, unnamed parties at their country's point.
  const places = new Map<string, [number, number]>();
  const placeOf = new Map<string, string>();
  const clusterCounts = new Map<string, number>();
  for (const c of clusters) {
    clusterById.set(c.id, c);
    places.set(c.id, [c.lon, c.lat]);
    // Distinct partnerships of the members.
    let n: number;
    if (c.members.length === 1) n = partnershipsOf.get(c.members[0] as string)?.length ?? 0;
    else {
      const ids = new Set<string>();
      for (const m of c.members) for (const id of partnershipsOf.get(m) ?? []) ids.add(id);
      n = ids.size;
    }
    for (const m of c.members) placeOf.set(m, c.id);
    if (n > 0) clusterCounts.set(c.id, n);
  }
  for (const c of countryParties) {
    places.set(c.id, [c.lon, c.lat]);
    placeOf.set(c.id, c.id);
  }

  // The legs as `toMapArcs` lists them (a star from each partnership's convener to every other
  // party that can be placed), walked here without building them: the static layer and the
  // markers need only their ends; `arcs` itself is built on first use (the highlight, the legend
  // reads the kinds counted here).
  const legsOf = new Map<string, number[]>();
  const addLeg = (k: string, i: number) => {
    const list = legsOf.get(k);
    if (list) list.push(i);
    else legsOf.set(k, [i]);
  };
  const keyOf = (party: Party): string | undefined =>
    'org' in party ? (organizations.has(party.org) ? party.org : undefined) : `country:${party.unnamed.country}`;
  // Pairs by their first and second place (no key string per leg); a partnership's legs are
  // consecutive, so comparing with the last one counted finds the distinct agreements.
  const byPair = new Map<string, Map<string, CityPair & { last: string }>>();
  const pairList: (CityPair & { last: string })[] = [];
  const legKinds = { bilateral: false, multilateral: false };
  let leg = 0;
  for (const p of data.partnerships) {
    const c = convenerIndex(p);
    const convener = p.parties[c];
    const from = convener && keyOf(convener);
    if (!from) continue;
    const multilateral = p.parties.length > 2;
    for (let j = 0; j < p.parties.length; j++) {
      if (j === c) continue;
      const to = keyOf(p.parties[j] as Party);
      if (!to) continue;
      const i = leg++;
      if (multilateral) legKinds.multilateral = true;
      else legKinds.bilateral = true;
      addLeg(from, i);
      if (to !== from) addLeg(to, i);
      const a = placeOf.get(from);
      const b = placeOf.get(to);
      if (!a || !b) continue;
      const swap = a > b;
      const x = swap ? b : a;
      const y = swap ? a : b;
      let row = byPair.get(x);
      if (!row) {
        row = new Map();
        byPair.set(x, row);
      }
      let pair = row.get(y);
      if (!pair) {
        pair = { id: `${x}|${y}`, from: x, to: y, legs: 0, partnerships: 0, last: '' };
        row.set(y, pair);
        pairList.push(pair);
      }
      pair.legs += 1;
      if (pair.last !== p.id) {
        pair.last = p.id;
        pair.partnerships += 1;
      }
    }
  }
  let arcs: MapArc[] | undefined;
  const pairs = pairList.map(({ id, from, to, legs, partnerships }) => ({ id, from, to, legs, partnerships }));
  return {
    basemap,
    get arcs() {
      arcs ??= toMapArcs(data);
      return arcs;
    },
    legCount: leg,
    legKinds,
    organizations,
    counts,
    clusters,
    clusterCounts,
    countryParties,
    countries,
    locate,
    points,
    partnershipsOf,
    titles,
    legsOf,
    placeOf,
    places,
    pairs,
    clusterById,
    summary: {
      partnerships: data.partnerships.length,
      organizations: counts.size,
      countries: countries.size,
      undated,
      firstYear,
      lastYear,
    },
  };
}
