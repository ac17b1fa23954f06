// The render-path check: what the components rely on, without zod and without allocating for
// records that are fine. It never rejects a data set that `validateDataset` accepts (a property
// test holds it to that); it does not repeat the schema's editorial rules (unknown fields,
// URL syntax, currencies, orphans, duplicates by name), which stay with `validateDataset`.
import {
  confidences,
  dateBases,
  datePrecisions,
  earlyYearMessage,
  idPattern,
  isCountryCode,
  languages,
  locationPrecisions,
  organizationKinds,
  partialDateProblem,
  partnershipKinds,
  partyRoles,
  reliabilities,
  topics,
} from '../schema/vocabulary.js';
import { type Collection, holeMessage, type ValidationIssue } from './types.js';

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isId = (v: unknown): v is string => typeof v === 'string' && idPattern.test(v);
const isPositiveInt = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v > 0;
// The schema's enumerations as sets, made once: a lookup per field instead of a scan.
type Enumeration = { list: readonly string[]; set: Set<string> };
const enumeration = (list: readonly string[]): Enumeration => ({ list, set: new Set(list) });
const oneOf = (e: Enumeration, v: unknown) => typeof v === 'string' && e.set.has(v);
const Languages = enumeration(languages);
const OrganizationKinds = enumeration(organizationKinds);
const LocationPrecisions = enumeration(locationPrecisions);
const PartnershipKinds = enumeration(partnershipKinds);
const Topics = enumeration(topics);
const PartyRoles = enumeration(partyRoles);
const DatePrecisions = enumeration(datePrecisions);
const DateBases = enumeration(dateBases);
const Confidences = enumeration(confidences);
const Reliabilities = enumeration(reliabilities);

// Intl lookups are the slow part of a country check; a code once found good stays good.
const goodCountries = new Set<string>();
const isCountry = (v: unknown) => {
  if (typeof v !== 'string') return false;
  if (goodCountries.has(v)) return true;
  if (!isCountryCode(v)) return false;
  goodCountries.add(v);
  return true;
};

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a day that exists, from 1900 on. */
function isPartialDate(v: unknown): v is string {
  return partialDateProblem(v) === undefined;
}
/** Why a date is refused, in words. */
const dateProblemMessage = (v: unknown, orNull = '') =>
  partialDateProblem(v) === 'year' ? earlyYearMessage(v as string) : `${dateMessage}${orNull}`;
const precisionLength: Record<string, number> = { year: 4, month: 7, day: 10 };

const idMessage = 'must be lowercase kebab-case (a-z, 0-9 and single hyphens)';
const countryMessage = 'must be an ISO 3166-1 alpha-2 country code in upper case, e.g. CN';
const dateMessage = 'must be YYYY, YYYY-MM or YYYY-MM-DD naming a real day';
const enumMessage = (e: Enumeration) => `must be one of: ${e.list.join(', ')}`;

/**
 * Checks what rendering relies on and returns the problems as `ValidationIssue`s (errors only;
 * `formatIssue` prints them): the three lists; per record a readable, unique id, the required
 * fields with their types, enumerated values, country codes, date shapes (and that precision
 * matches the value), coordinates in range, party shapes, and that every organization, parent and
 * source named exists. Fast enough to run on every data set a chart is given; no zod.
 *
 * `validateDataset` remains the full check (every schema rule, unknown fields, warnings) for
 * the CLI and the build. Anything `validateDataset` accepts, `checkDataset` accepts.
 */
export function checkDataset(input: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!isObject(input)) {
    issues.push({
      severity: 'error',
      collection: 'partnerships',
      index: 0,
      field: '',
      message: 'data set must be an object with organizations, partnerships and sources',
    });
    return issues;
  }
  const lists = {
    organizations: input.organizations,
    partnerships: input.partnerships,
    sources: input.sources,
  };
  let listsOk = true;
  for (const c of ['organizations', 'partnerships', 'sources'] as const)
    if (!Array.isArray(lists[c])) {
      issues.push({ severity: 'error', collection: c, index: 0, field: c, message: `${c} must be a list` });
      listsOk = false;
    }
  if (!listsOk) return issues;
  const organizations = lists.organizations as unknown[];
  const partnerships = lists.partnerships as unknown[];
  const sources = lists.sources as unknown[];

  // The record being checked; `bad` locates an issue in it.
  let collection: Collection = 'organizations';
  let index = 0;
  let recordId: string | undefined;
  const bad = (field: string, message: string) => {
    issues.push({
      severity: 'error',
      collection,
      index,
      ...(recordId !== undefined ? { id: recordId } : {}),
      field,
      message,
    });
  };
  const text = (r: Obj, key: string, optional = false) => {
    const v = r[key];
    if (v === undefined ? !optional : !isText(v)) bad(key, 'must be a non-empty string');
  };
  const localized = (v: unknown, field: string, optional = false) => {
    if (v === undefined && optional) return;
    if (!isObject(v)) return bad(field, 'must be an object of texts by language, with at least `en`');
    if (typeof v.en !== 'string' || !/\S/.test(v.en)) bad(`${field}.en`, 'must be a non-empty string');
    for (const lang in v) {
      const t = v[lang];
      if (lang !== 'en' && t !== undefined && oneOf(Languages, lang))
        if (typeof t !== 'string' || !/\S/.test(t)) bad(`${field}.${lang}`, 'must be a non-empty string');
    }
  };
  const enumerated = (r: Obj, key: string, list: Enumeration, field = key) => {
    if (!oneOf(list, r[key])) bad(field, enumMessage(list));
  };
  // Indexes ids, flagging unreadable and repeated ones; returns the ids of a list.
  const indexIds = (c: Collection, list: unknown[]) => {
    const seen = new Map<string, number>();
    collection = c;
    for (index = 0; index < list.length; index++) {
      const r = list[index];
      const id = isObject(r) ? r.id : undefined;
      recordId = typeof id === 'string' ? id : undefined;
      if (!(index in list)) bad('', holeMessage(index));
      else if (!isObject(r)) bad('', 'must be an object');
      else if (!isId(id)) bad('id', idMessage);
      else {
        const first = seen.get(id);
        if (first === undefined) seen.set(id, index);
        else bad('id', `duplicate id (also ${c}[${first}])`);
      }
    }
    return seen;
  };
  const orgIds = indexIds('organizations', organizations);
  const sourceIds = indexIds('sources', sources);
  indexIds('partnerships', partnerships);
  const cite = (list: unknown[], field: string) => {
    for (let j = 0; j < list.length; j++) {
      const s = list[j];
      if (sourceIds.has(s as string)) continue; // only readable ids are indexed
      if (!isId(s)) bad(`${field}.${j}`, idMessage);
      else bad(`${field}.${j}`, `unknown source "${s}"`);
    }
  };
  const each = (c: Collection, list: unknown[], check: (r: Obj) => void) => {
    collection = c;
    for (index = 0; index < list.length; index++) {
      const r = list[index];
      if (!isObject(r)) continue; // flagged while indexing
      recordId = typeof r.id === 'string' ? r.id : undefined;
      check(r);
    }
  };

  each('organizations', organizations, (o) => {
    enumerated(o, 'kind', OrganizationKinds);
    localized(o.name, 'name');
    text(o, 'shortName', true);
    localized(o.city, 'city', true);
    if (!isCountry(o.country)) bad('country', countryMessage);
    const at = o.location;
    if (!isObject(at)) bad('location', 'must be an object with lon, lat and precision');
    else {
      const { lon, lat } = at;
      if (typeof lon !== 'number' || !(lon >= -180 && lon <= 180))
        bad('location.lon', 'must be a number from -180 to 180');
      if (typeof lat !== 'number' || !(lat >= -90 && lat <= 90)) bad('location.lat', 'must be a number from -90 to 90');
      enumerated(at, 'precision', LocationPrecisions, 'location.precision');
    }
    const parent = o.parent;
    if (parent !== undefined) {
      if (!orgIds.has(parent as string)) bad('parent', isId(parent) ? `unknown organization "${parent}"` : idMessage);
      else if (parent === o.id) bad('parent', 'an organization cannot be its own parent');
    }
    text(o, 'website', true);
    if (o.sources !== undefined) {
      if (Array.isArray(o.sources)) cite(o.sources, 'sources');
      else bad('sources', 'must be a list of source ids');
    }
  });

  each('partnerships', partnerships, (p) => {
    enumerated(p, 'kind', PartnershipKinds);
    localized(p.title, 'title');
    const parties = p.parties;
    if (!Array.isArray(parties)) bad('parties', 'must be a list of parties');
    else {
      if (parties.length < 2) bad('parties', 'needs at least two parties');
      let conveners = 0;
      for (let j = 0; j < parties.length; j++) {
        const party = parties[j];
        if (!isObject(party)) {
          bad(`parties.${j}`, 'must be an object: { org } or { unnamed }');
          continue;
        }
        if ('unnamed' in party) {
          const u = party.unnamed;
          if (!isObject(u)) {
            bad(`parties.${j}.unnamed`, 'must be an object with at least a country');
            continue;
          }
          if (!isCountry(u.country)) bad(`parties.${j}.unnamed.country`, countryMessage);
          if (u.kind !== undefined) enumerated(u, 'kind', OrganizationKinds, `parties.${j}.unnamed.kind`);
          if (u.count !== undefined && !isPositiveInt(u.count))
            bad(`parties.${j}.unnamed.count`, 'must be a positive whole number');
          localized(u.label, `parties.${j}.unnamed.label`, true);
          continue;
        }
        const org = party.org;
        if (!orgIds.has(org as string))
          bad(`parties.${j}.org`, isId(org) ? `unknown organization "${org}"` : idMessage);
        else
          for (let k = 0; k < j; k++)
            if (isObject(parties[k]) && (parties[k] as Obj).org === org) {
              bad(`parties.${j}.org`, `"${org}" is listed twice`);
              break;
            }
        if (party.role !== undefined) enumerated(party, 'role', PartyRoles, `parties.${j}.role`);
        if (party.role === 'convener') conveners++;
      }
      if (conveners > 1) bad('parties', 'at most one party can be the convener');
    }
    const date = p.date;
    if (date !== null) {
      if (!isObject(date)) bad('date', 'must be an object with value, precision and basis, or null');
      else {
        const valueOk = isPartialDate(date.value);
        if (!valueOk) bad('date.value', dateProblemMessage(date.value));
        if (!oneOf(DatePrecisions, date.precision)) bad('date.precision', enumMessage(DatePrecisions));
        else if (valueOk && (date.value as string).length !== precisionLength[date.precision as string])
          bad('date.precision', 'precision does not match the length of value');
        enumerated(date, 'basis', DateBases, 'date.basis');
      }
    }
    const place = p.place;
    if (place !== undefined) {
      if (!isObject(place)) bad('place', 'must be an object with at least a country');
      else if (!isCountry(place.country)) bad('place.country', countryMessage);
    }
    if (!Array.isArray(p.signatories)) bad('signatories', 'must be a list (empty when no source names them)');
    const tops = p.topics;
    if (!Array.isArray(tops)) bad('topics', 'must be a list of topics');
    else {
      if (tops.length === 0) bad('topics', 'needs at least one topic');
      for (let j = 0; j < tops.length; j++) if (!oneOf(Topics, tops[j])) bad(`topics.${j}`, enumMessage(Topics));
    }
    if (!Array.isArray(p.amounts)) bad('amounts', 'must be a list (empty when none)');
    if (p.agreements !== undefined && !isPositiveInt(p.agreements))
      bad('agreements', 'must be a positive whole number');
    localized(p.summary, 'summary');
    const cited = p.sources;
    if (!Array.isArray(cited)) bad('sources', 'must be a list of source ids');
    else {
      if (cited.length === 0) bad('sources', 'needs at least one source');
      cite(cited, 'sources');
    }
    enumerated(p, 'confidence', Confidences);
  });

  each('sources', sources, (s) => {
    if (s.title !== null) text(s, 'title');
    text(s, 'publisher');
    text(s, 'language');
    if (s.published !== null && !isPartialDate(s.published))
      bad('published', dateProblemMessage(s.published, ', or null'));
    text(s, 'url', true);
    enumerated(s, 'reliability', Reliabilities);
  });
  return issues;
}
