import {
  convenerIndex,
  type Dataset,
  type LocalizedText,
  type Organization,
  type OrganizationKind,
  type Party,
  yearOf,
} from '@parklinks/data';
import { type CityCluster, clusterByCity } from './clusterByCity.js';

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

// The three passes buildMapModel makes over the data: parties, places, legs. Pure, in data order.

/** What one pass over the partnerships counts: named parties, countries, unnamed parties, each key's partnerships. */
export function countParties(
  data: Dataset,
  organizations: ReadonlyMap<string, Organization>,
  anchorOf: (country: string) => [number, number] | undefined,
) {
  const counts = new Map<string, number>();
  const countries = new Set<string>();
  const byCountry = new Map<string, CountryParty>();
  const noAnchor = new Set<string>();
  const partnershipsOf = new Map<string, string[]>();
  const titles = new Map<string, LocalizedText>();
  let firstYear: number | null = null;
  let lastYear: number | null = null;
  let undated = 0;
  const unnamed = (country: string, key: string) => {
    let cp = byCountry.get(country);
    if (!cp && !noAnchor.has(country)) {
      const at = anchorOf(country);
      if (at) {
        cp = { id: key, country, lon: at[0], lat: at[1], kinds: [], partnerships: 0 };
        byCountry.set(country, cp);
      } else noAnchor.add(country);
    }
    return cp;
  };
  for (const p of data.partnerships) {
    titles.set(p.id, p.title);
    if (p.date) {
      const y = yearOf(p.date.value);
      if (firstYear === null || y < firstYear) firstYear = y;
      if (lastYear === null || y > lastYear) lastYear = y;
    } else undated += 1;
    const parties = p.parties;
    for (let i = 0; i < parties.length; i++) {
      const party = parties[i] as Party;
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
        const cp = unnamed(country, key);
        if (cp && kind && !cp.kinds.includes(kind)) cp.kinds = [...cp.kinds, kind].sort();
        if (cp && count) cp.count = Math.max(cp.count ?? 0, count);
      }
      // Each key once per partnership (a party may repeat), in party order.
      if (repeats(parties, i, key)) continue;
      const list = partnershipsOf.get(key);
      if (list) list.push(p.id);
      else partnershipsOf.set(key, [p.id]);
      if (!('org' in party)) {
        const cp = byCountry.get(party.unnamed.country);
        if (cp) cp.partnerships += 1;
      }
    }
  }
  return { counts, countries, byCountry, partnershipsOf, titles, summary: { firstYear, lastYear, undated } };
}

const keyOf = (q: Party) => ('org' in q ? q.org : `country:${q.unnamed.country}`);
/** Whether a party before position `i` has `key` (no slice per party: this runs for every party of every record). */
function repeats(parties: readonly Party[], i: number, key: string): boolean {
  for (let j = 0; j < i; j++) if (keyOf(parties[j] as Party) === key) return true;
  return false;
}

/**
 * Places: every organization stands at its city cluster's centre, unnamed parties at their country's point;
 * with each cluster's distinct partnerships.
 */
export function placeClusters(
  active: readonly Organization[],
  partnershipsOf: ReadonlyMap<string, string[]>,
  countryParties: readonly CountryParty[],
) {
  const clusters = clusterByCity(active);
  const clusterById = new Map<string, CityCluster>();
  const places = new Map<string, [number, number]>();
  const placeOf = new Map<string, string>();
  const clusterCounts = new Map<string, number>();
  for (const c of clusters) {
    clusterById.set(c.id, c);
    places.set(c.id, [c.lon, c.lat]);
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
  return { clusters, clusterById, places, placeOf, clusterCounts };
}

/** For each leg (by position in `toMapArcs`' list): its partnership's position in the data and the party it goes to. */
export type LegSource = { partnership: number[]; party: number[] };

/**
 * The legs as `toMapArcs` lists them (a star from each partnership's convener to every other party that can be
 * placed), walked without building them: each endpoint's legs, and the legs grouped by the pair of places they
 * join. A partnership's legs are consecutive, so comparing with the last one counted finds distinct agreements.
 */
export function groupLegs(
  data: Dataset,
  organizations: ReadonlyMap<string, Organization>,
  placeOf: ReadonlyMap<string, string>,
) {
  const legsOf = new Map<string, number[]>();
  const addLeg = (k: string, i: number) => {
    const list = legsOf.get(k);
    if (list) list.push(i);
    else legsOf.set(k, [i]);
  };
  const placed = (party: Party): string | undefined =>
    'org' in party ? (organizations.has(party.org) ? party.org : undefined) : `country:${party.unnamed.country}`;
  // Pairs by their two places (the lesser first), as positions in `pairs`; the last partnership counted for each
  // alongside, so the pairs themselves are built once, without a field to strip (100,000 at the largest size).
  const byPair = new Map<string, Map<string, number>>();
  const pairs: CityPair[] = [];
  const last: string[] = [];
  const legKinds = { bilateral: false, multilateral: false };
  // Where each leg comes from (its partnership's position in the data, and the party it goes to), so that one leg
  // can be built on its own (`MapModel.arcAt`).
  const legFrom: LegSource = { partnership: [], party: [] };
  let leg = 0;
  for (let n = 0; n < data.partnerships.length; n++) {
    const p = data.partnerships[n] as Dataset['partnerships'][number];
    const c = convenerIndex(p);
    const convener = p.parties[c];
    const from = convener && placed(convener);
    if (!from) continue;
    const a = placeOf.get(from);
    const multilateral = p.parties.length > 2;
    for (let j = 0; j < p.parties.length; j++) {
      const to = j === c ? undefined : placed(p.parties[j] as Party);
      if (!to) continue;
      const i = leg++;
      legFrom.partnership.push(n);
      legFrom.party.push(j);
      legKinds[multilateral ? 'multilateral' : 'bilateral'] = true;
      addLeg(from, i);
      if (to !== from) addLeg(to, i);
      const b = placeOf.get(to);
      if (!a || !b) continue;
      // The lesser place first (no array per leg: 100,000 at the largest size).
      // biome-ignore lint/complexity/useMathMinMax: place ids are strings, compared by code unit, not numbers
      const x = a > b ? b : a;
      // biome-ignore lint/complexity/useMathMinMax: as above
      const y = a > b ? a : b;
      let row = byPair.get(x);
      if (!row) {
        row = new Map();
        byPair.set(x, row);
      }
      let k = row.get(y);
      if (k === undefined) {
        k = pairs.length;
        row.set(y, k);
        pairs.push({ id: `${x}|${y}`, from: x, to: y, legs: 0, partnerships: 0 });
        last.push('');
      }
      const pair = pairs[k] as CityPair;
      pair.legs += 1;
      if (last[k] !== p.id) {
        last[k] = p.id;
        pair.partnerships += 1;
      }
    }
  }
  return { legsOf, pairs, legKinds, legCount: leg, legFrom };
}
