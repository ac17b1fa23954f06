import {
  type ArcEndpoint,
  type Dataset,
  type LocalizedText,
  type MapArc,
  type Organization,
  type OrganizationKind,
  partnershipCounts,
  partyCountries,
  toMapArcs,
} from '@parklinks/data';
import { type CityCluster, clusterByCity } from './clusterByCity.js';
import { countryAnchors } from './countryAnchors.js';
import { endpointKey } from './projectArcs.js';
import { worldCountries } from './worldCountries.js';

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
  arcs: MapArc[];
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
};

// Representative points, computed per country on first need (all 177 at once cost ~100 ms cold).
const anchors = new Map<string, [number, number] | undefined>();
function atlasAnchor(country: string): [number, number] | undefined {
  if (!anchors.has(country))
    anchors.set(country, countryAnchors(worldCountries().filter((c) => c.code === country)).get(country));
  return anchors.get(country);
}

/** Builds the map's model from a (validated, filtered) data set. Pure; no projection yet. */
export function buildMapModel(data: Dataset): MapModel {
  const counts = partnershipCounts(data);
  const organizations = new Map(data.organizations.map((o) => [o.id, o]));
  const active = data.organizations.filter((o) => (counts.get(o.id) ?? 0) > 0);
  const countries = new Set<string>();
  for (const p of data.partnerships) for (const c of partyCountries(data, p)) countries.add(c);

  // Fallback for a country the atlas lacks: the mean of the data's organizations there.
  const anchorOf = (country: string): [number, number] | undefined => {
    const a = atlasAnchor(country);
    if (a) return a;
    const here = data.organizations.filter((o) => o.country === country);
    if (!here.length) return undefined;
    const mean = (f: (o: Organization) => number) =>
      Math.round((here.reduce((s, o) => s + f(o), 0) / here.length) * 1e4) / 1e4;
    return [mean((o) => o.location.lon), mean((o) => o.location.lat)];
  };
  const byCountry = new Map<string, CountryParty>();
  for (const p of data.partnerships) {
    const seen = new Set<string>();
    for (const party of p.parties) {
      if ('org' in party) continue;
      const { country, kind, count } = party.unnamed;
      const at = anchorOf(country);
      if (!at) continue;
      const cp = byCountry.get(country) ?? {
        id: `country:${country}`,
        country,
        lon: at[0],
        lat: at[1],
        kinds: [],
        partnerships: 0,
      };
      if (kind && !cp.kinds.includes(kind)) cp.kinds = [...cp.kinds, kind].sort();
      if (count) cp.count = Math.max(cp.count ?? 0, count);
      if (!seen.has(country)) cp.partnerships += 1;
      seen.add(country);
      byCountry.set(country, cp);
    }
  }
  const countryParties = [...byCountry.values()].sort((a, b) => (a.country < b.country ? -1 : 1));
  const locate = (e: ArcEndpoint): [number, number] | undefined => {
    if (e.type === 'organization') return [e.lon, e.lat];
    const cp = byCountry.get(e.country);
    return cp ? [cp.lon, cp.lat] : undefined;
  };
  const points: [number, number][] = [
    ...active.map((o): [number, number] => [o.location.lon, o.location.lat]),
    ...countryParties.map((c): [number, number] => [c.lon, c.lat]),
  ];
  const clusters = clusterByCity(active);
  const clusterOf = new Map<string, string>();
  for (const c of clusters) for (const m of c.members) clusterOf.set(m, c.id);
  const perCluster = new Map<string, Set<string>>();
  for (const p of data.partnerships)
    for (const party of p.parties) {
      const c = 'org' in party ? clusterOf.get(party.org) : undefined;
      if (c) perCluster.set(c, (perCluster.get(c) ?? new Set()).add(p.id));
    }
  const clusterCounts = new Map([...perCluster].map(([k, v]) => [k, v.size]));
  const partnershipsOf = new Map<string, string[]>();
  for (const p of data.partnerships)
    for (const key of new Set(p.parties.map((x) => ('org' in x ? x.org : `country:${x.unnamed.country}`)))) {
      const list = partnershipsOf.get(key);
      if (list) list.push(p.id);
      else partnershipsOf.set(key, [p.id]);
    }
  const titles = new Map(data.partnerships.map((p) => [p.id, p.title]));
  const arcs = toMapArcs(data);

  // Places: every organization stands at its city cluster's centre, unnamed parties at their country's point.
  const places = new Map<string, [number, number]>();
  for (const c of clusters) places.set(c.id, [c.lon, c.lat]);
  for (const c of countryParties) places.set(c.id, [c.lon, c.lat]);
  const placeOf = new Map<string, string>(clusterOf);
  for (const c of countryParties) placeOf.set(c.id, c.id);
  const legsOf = new Map<string, number[]>();
  const byPair = new Map<string, CityPair & { seen: Set<string> }>();
  arcs.forEach((arc, i) => {
    const from = endpointKey(arc.from);
    const to = endpointKey(arc.to);
    for (const k of from === to ? [from] : [from, to]) {
      const list = legsOf.get(k);
      if (list) list.push(i);
      else legsOf.set(k, [i]);
    }
    const a = placeOf.get(from);
    const b = placeOf.get(to);
    if (!a || !b) return;
    const [x, y] = a <= b ? [a, b] : [b, a];
    const id = `${x}|${y}`;
    const pair = byPair.get(id) ?? { id, from: x, to: y, legs: 0, partnerships: 0, seen: new Set<string>() };
    pair.legs += 1;
    if (!pair.seen.has(arc.partnershipId)) {
      pair.seen.add(arc.partnershipId);
      pair.partnerships += 1;
    }
    byPair.set(id, pair);
  });
  const pairs = [...byPair.values()].map(({ seen: _, ...p }) => p);
  return {
    arcs,
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
    clusterById: new Map(clusters.map((c) => [c.id, c])),
  };
}
