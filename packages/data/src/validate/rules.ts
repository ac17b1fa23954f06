// The editorial rules a partnership's `evidence` makes checkable (issue 16), run by `validateDataset`
// (through `integrityIssues`) and so by the CLI and the build. Like the other editorial rules they stay
// out of the render-path `checkDataset`, which only has to accept everything `validateDataset` accepts.
import { periodOf } from '../dates.js';

/**
 * Whether every partnership of a data directory (the CLI, the build) must carry `evidence`.
 * On: every record of the shipped data carries it (2026-12 re-verification); `validateDataset` itself never requires it
 * unless asked (`{ requireEvidence: true }`), so data sets from elsewhere stay valid without it.
 */
export const REQUIRE_EVIDENCE_IN_DATA_DIR = true;

/** The fields of a source the rules read. */
export type RuleSource = { publisher: string; published: string | null; reliability: string };
/** The fields of a partnership the rules read (already known to have these shapes). */
export type RulePartnership = {
  sources: readonly string[];
  evidence?: Readonly<Record<string, readonly string[]>>;
  confidence: string;
  date: { value: string; basis: string } | null;
  signatories: readonly unknown[];
};
export type RuleIssue = { field: string; message: string };

// Publishers are compared without case, punctuation or spacing ("Team Côte d'Azur" = "team cote d azur").
const publisherKey = (p: string) =>
  p
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * R1: the confidence the evidence earns. `confirmed` when a cited `primary` source supports
 * `agreement`, or when at least two cited sources from different publishers (mirrors never count:
 * a mirror copies another text) each support `agreement`; otherwise `single-source` when a `press`
 * or `primary` source supports `agreement`; otherwise `secondary-only`.
 */
export function computedConfidence(
  p: Pick<RulePartnership, 'sources' | 'evidence'>,
  sourceById: ReadonlyMap<string, RuleSource>,
): 'confirmed' | 'single-source' | 'secondary-only' {
  const reporting = [...new Set(p.sources)]
    .filter((id) => p.evidence?.[id]?.includes('agreement'))
    .map((id) => sourceById.get(id))
    .filter((s): s is RuleSource => s !== undefined);
  if (reporting.some((s) => s.reliability === 'primary')) return 'confirmed';
  const publishers = new Set(reporting.filter((s) => s.reliability !== 'mirror').map((s) => publisherKey(s.publisher)));
  if (publishers.size >= 2) return 'confirmed';
  if (reporting.some((s) => s.reliability === 'press')) return 'single-source';
  return 'secondary-only';
}

const why = {
  confirmed: 'a primary source, or two sources from different publishers, reports the agreement',
  'single-source': 'only one press or primary publisher reports the agreement',
  'secondary-only': 'no press or primary source reports the agreement',
} as const;

/**
 * Issues of one partnership against the evidence rules: `evidence` keys equal to `sources`
 * (and, when `requireEvidence`, present at all), then R1 (declared confidence = computed),
 * R2 (a `reported` date not later than the publication of a cited source whose evidence includes
 * `date`) and R3 (signatories listed when a cited source's evidence includes `signatories`).
 * R1–R3 apply only to partnerships that have `evidence`.
 */
export function evidenceRuleIssues(
  p: RulePartnership,
  sourceById: ReadonlyMap<string, RuleSource>,
  requireEvidence = false,
): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const evidence = p.evidence;
  if (evidence === undefined) {
    if (requireEvidence)
      issues.push({
        field: 'evidence',
        message: 'is missing: say for each cited source what it supports (agreement, date, parties, …)',
      });
    return issues;
  }
  const cited = new Set(p.sources);
  for (const id of cited)
    if (!Object.hasOwn(evidence, id)) issues.push({ field: 'evidence', message: `has no entry for source "${id}"` });
  for (const id of Object.keys(evidence))
    if (!cited.has(id))
      issues.push({ field: `evidence.${id}`, message: `names "${id}", which is not among the partnership's sources` });
  // The rules read the evidence of every cited source: with entries missing or extra they would judge a draft.
  if (issues.length > 0) return issues;

  const computed = computedConfidence(p, sourceById);
  if (computed !== p.confidence)
    issues.push({
      field: 'confidence',
      message: `R1: declared "${p.confidence}" but the evidence gives "${computed}" (${why[computed]})`,
    });

  if (p.date && p.date.basis === 'reported') {
    const start = periodOf(p.date.value).start;
    for (const id of cited) {
      const s = sourceById.get(id);
      if (s?.published && evidence[id]?.includes('date') && start > periodOf(s.published).end)
        issues.push({
          field: 'date.value',
          message: `R2: reported date ${p.date.value} is later than source "${id}" (published ${s.published}), which dates the event: date it from that source`,
        });
    }
  }

  if (p.signatories.length === 0) {
    const naming = [...cited].filter((id) => evidence[id]?.includes('signatories'));
    if (naming.length > 0)
      issues.push({
        field: 'signatories',
        message: `R3: is empty, but source${naming.length > 1 ? 's' : ''} ${naming.map((id) => `"${id}"`).join(', ')} name${naming.length > 1 ? '' : 's'} the signatories`,
      });
  }
  return issues;
}
