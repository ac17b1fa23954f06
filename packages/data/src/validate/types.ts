export type Collection = 'organizations' | 'partnerships' | 'sources';

/** One problem found in a data set, located precisely enough to fix it. */
export type ValidationIssue = {
  /** `error` fails validation; `warning` marks likely mistakes (orphans, duplicates) that the build also rejects. */
  severity: 'error' | 'warning';
  /** Which list the record is in. */
  collection: Collection;
  /** File the record came from, when it came from a file. */
  file?: string;
  /** 1-based line of the offending field in `file`, when known. */
  line?: number;
  /** Position of the record in its list. */
  index: number;
  /** Record id, when the record has a readable one. */
  id?: string;
  /** Dotted path of the field inside the record, e.g. `date.precision` or `parties.1.org`. */
  field: string;
  /** What is wrong, in plain English. */
  message: string;
  /** `file` for a problem with a whole file (unreadable, not YAML, empty), not with one record in it. */
  scope?: 'file';
};

/** What both checks say about a missing element of a list (`[,]` in JavaScript), which `forEach` would skip. */
export function holeMessage(index: number): string {
  return `no record here: the list has a hole at index ${index}`;
}

/** `data/partnerships.yaml:12 moscow-shenzhen-2024 › date.precision: …` */
export function formatIssue(issue: ValidationIssue): string {
  const where = `${issue.file ?? issue.collection}${issue.line ? `:${issue.line}` : ''}`;
  if (issue.scope === 'file') return `${where} (file): ${issue.message}`;
  const who = issue.id ?? `${issue.collection}[${issue.index}]`;
  return `${where} ${who} › ${issue.field || '(record)'}: ${issue.message}`;
}

/** Thrown by `assertValidDataset`; carries every issue found, not just the first. */
export class DatasetValidationError extends Error {
  readonly issues: ValidationIssue[];
  constructor(issues: ValidationIssue[]) {
    const shown = issues.slice(0, 20).map(formatIssue);
    const more = issues.length > 20 ? [`… and ${issues.length - 20} more`] : [];
    super(
      `Invalid parklinks data set (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${[...shown, ...more].join('\n')}`,
    );
    this.name = 'DatasetValidationError';
    this.issues = issues;
  }
}
