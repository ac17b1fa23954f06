import {
  type ArcEndpoint,
  convenerIndex,
  type Dataset,
  type DatasetSummary,
  type LocalizedText,
  type MapArc,
  type Organization,
  type Party,
  toMapArcs,
} from '@parklinks/data';
import type { CountryFeature } from './basemap.js';
import type { CityCluster } from './clusterByCity.js';
import { countryAnchors } from './countryAnchors.js';
import { type CityPair, type CountryParty, countParties, groupLegs, placeClusters } from './mapModelPasses.js';

export type { CityPair, CountryParty } from './mapModelPasses.js';

/** Everything the map draws, before projection: arcs, organizations by city, country-level parties. */
export type MapModel = {
  /** Every leg (`toMapArcs`), built on first use. */
  readonly arcs: MapArc[];
  /**
   * One leg, `arcs[i]`, built on its own without building the others (100,000 at the benchmark's largest size):
   * what the highlight projects. The same leg, id included, as long as partnership ids are unique (the charts
   * draw no other data).
   */
  arcAt: (i: number) => MapArc | undefined;
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
 * place the parties known only by country. Pure; no projection yet. Three passes over the data
 * (mapModelPasses.ts): parties, places, legs.
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
  const parties = countParties(data, organizations, anchorOf);
  const { counts, countries, byCountry, partnershipsOf } = parties;
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
  const places = placeClusters(active, partnershipsOf, countryParties);
  const { legFrom, ...legs } = groupLegs(data, organizations, places.placeOf);
  let arcs: MapArc[] | undefined;
  const endpoint = (party: Party): ArcEndpoint | undefined => {
    if (!('org' in party)) {
      const { country, count, kind } = party.unnamed;
      return { type: 'country', country, ...(count ? { count } : {}), ...(kind ? { kind } : {}) };
    }
    const o = organizations.get(party.org);
    return o && { type: 'organization', id: o.id, country: o.country, lon: o.location.lon, lat: o.location.lat };
  };
  return {
    basemap,
    // Built on first use (the highlight; the legend reads the kinds counted in groupLegs).
    get arcs() {
      arcs ??= toMapArcs(data);
      return arcs;
    },
    arcAt(i) {
      if (arcs) return arcs[i];
      const n = legFrom.partnership[i];
      const p = n === undefined ? undefined : data.partnerships[n];
      const from = p?.parties[convenerIndex(p)];
      const to = p?.parties[legFrom.party[i] as number];
      const a = from && endpoint(from);
      const b = to && endpoint(to);
      if (!p || !a || !b) return undefined;
      // Legs are numbered within their partnership, whose legs are consecutive.
      let first = i;
      while (first > 0 && legFrom.partnership[first - 1] === n) first -= 1;
      return {
        id: `${p.id}:${i - first}`,
        partnershipId: p.id,
        kind: p.kind,
        from: a,
        to: b,
        multilateral: p.parties.length > 2,
      };
    },
    ...legs,
    organizations,
    counts,
    ...places,
    countryParties,
    countries,
    locate,
    points,
    partnershipsOf,
    titles: parties.titles,
    summary: {
      partnerships: data.partnerships.length,
      organizations: counts.size,
      countries: countries.size,
      ...parties.summary,
    },
  };
}
