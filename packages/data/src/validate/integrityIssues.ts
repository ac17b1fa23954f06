import { periodOf } from '../dates.js';
import type { Dataset } from '../schema/dataset.js';
import { evidenceRuleIssues } from './rules.js';
import type { Collection, ValidationIssue } from './types.js';

type Rec = { id?: unknown } & Record<string, unknown>;
type Loose = { organizations: Rec[]; partnerships: Rec[]; sources: Rec[] };

/**
 * Cross-record checks that a schema cannot express: unique ids, resolvable references, no parent
 * cycles, the evidence rules (evidence keys = sources; R1 confidence, R2 reported dates, R3
 * signatories — see `rules.ts`; with `requireEvidence`, every partnership must have evidence),
 * and (as warnings) orphans, likely duplicates and dates later than their sources.
 * Works on records that already passed the schema.
 */
export function integrityIssues(data: Dataset, options: { requireEvidence?: boolean } = {}): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const loose = data as unknown as Loose;
  const add = (
    collection: Collection,
    index: number,
    field: string,
    message: string,
    severity: ValidationIssue['severity'] = 'error',
  ) => {
    const id = loose[collection][index]?.id;
    issues.push({ severity, collection, index, ...(typeof id === 'string' ? { id } : {}), field, message });
  };

  const indexById = (collection: Collection) => {
    const seen = new Map<string, number>();
    loose[collection].forEach((r, i) => {
      const id = String(r.id);
      const first = seen.get(id);
      if (first !== undefined) add(collection, i, 'id', `duplicate id (also ${collection}[${first}])`);
      else seen.set(id, i);
    });
    return seen;
  };
  const orgs = indexById('organizations');
  const sources = indexById('sources');
  indexById('partnerships');

  const usedOrgs = new Set<string>();
  const usedSources = new Set<string>();

  data.organizations.forEach((o, i) => {
    if (o.parent !== undefined) {
      if (!orgs.has(o.parent)) add('organizations', i, 'parent', `unknown organization "${o.parent}"`);
      else if (o.parent === o.id) add('organizations', i, 'parent', 'an organization cannot be its own parent');
    }
    o.sources?.forEach((s, j) => {
      usedSources.add(s);
      if (!sources.has(s)) add('organizations', i, `sources.${j}`, `unknown source "${s}"`);
    });
  });
  // Parent cycles (A → B → A) would loop any tree walk.
  data.organizations.forEach((o, i) => {
    const seen = new Set([o.id]);
    let p = o.parent;
    while (p !== undefined) {
      if (seen.has(p)) {
        add('organizations', i, 'parent', `parent chain loops back to "${p}"`);
        break;
      }
      seen.add(p);
      p = data.organizations[orgs.get(p) ?? -1]?.parent;
    }
  });

  const published = new Map(data.sources.map((s) => [s.id, s.published]));
  const sourceById = new Map(data.sources.map((s) => [s.id, s]));
  data.partnerships.forEach((p, i) => {
    const partyIds = new Set<string>();
    p.parties.forEach((party, j) => {
      if ('org' in party) {
        usedOrgs.add(party.org);
        if (!orgs.has(party.org)) add('partnerships', i, `parties.${j}.org`, `unknown organization "${party.org}"`);
        if (partyIds.has(party.org)) add('partnerships', i, `parties.${j}.org`, `"${party.org}" is listed twice`);
        partyIds.add(party.org);
      }
    });
    if (p.parties.filter((x) => 'org' in x && x.role === 'convener').length > 1)
      add('partnerships', i, 'parties', 'at most one party can be the convener');
    p.signatories.forEach((s, j) => {
      if (!partyIds.has(s.party))
        add('partnerships', i, `signatories.${j}.party`, `"${s.party}" is not a named party of this partnership`);
    });
    p.sources.forEach((s, j) => {
      usedSources.add(s);
      if (!sources.has(s)) add('partnerships', i, `sources.${j}`, `unknown source "${s}"`);
      const pub = published.get(s);
      if (p.date && pub && periodOf(p.date.value).start > periodOf(pub).end)
        add(
          'partnerships',
          i,
          'date.value',
          `${p.date.value} is later than source "${s}", published ${pub}`,
          'warning',
        );
    });
    for (const r of evidenceRuleIssues(p, sourceById, options.requireEvidence))
      add('partnerships', i, r.field, r.message);
  });

  // Orgs used only as parents (a city above its zone) count as used.
  for (const id of [...usedOrgs]) {
    let p = data.organizations[orgs.get(id) ?? -1]?.parent;
    while (p !== undefined && !usedOrgs.has(p)) {
      usedOrgs.add(p);
      p = data.organizations[orgs.get(p) ?? -1]?.parent;
    }
  }
  data.organizations.forEach((o, i) => {
    if (!usedOrgs.has(o.id)) add('organizations', i, 'id', 'no partnership names this organization', 'warning');
  });
  data.sources.forEach((s, i) => {
    if (!usedSources.has(s.id)) add('sources', i, 'id', 'no record cites this source', 'warning');
  });

  const norm = (s: string | undefined) =>
    (s ?? '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const byNameCity = new Map<string, string>();
  data.organizations.forEach((o, i) => {
    const key = `${norm(o.name.en)}|${norm(o.city?.en)}|${o.country}`;
    const other = byNameCity.get(key);
    if (other) add('organizations', i, 'name.en', `same name and city as "${other}": likely a duplicate`, 'warning');
    else byNameCity.set(key, o.id);
  });
  return issues;
}
