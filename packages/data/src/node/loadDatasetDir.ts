import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { Dataset } from '../schema/dataset.js';
import { REQUIRE_EVIDENCE_IN_DATA_DIR } from '../validate/rules.js';
import type { Collection, ValidationIssue } from '../validate/types.js';
import { type ValidateOptions, validateDataset } from '../validate/validateDataset.js';

export const collectionFiles: Record<Collection, string> = {
  organizations: 'organizations.yaml',
  partnerships: 'partnerships.yaml',
  sources: 'sources.yaml',
};

export type LoadResult = {
  /** The records as read (typed as a data set, but only trustworthy when `issues` has no error). */
  data: Dataset;
  /** Every problem found, each located by file, line, record id and field. */
  issues: ValidationIssue[];
};

/**
 * Reads `organizations.yaml`, `partnerships.yaml` and `sources.yaml` from `dir`, validates them
 * (requiring `evidence` on every partnership when `REQUIRE_EVIDENCE_IN_DATA_DIR` is on)
 * and returns the records with every issue, located by file and line. Never throws for bad
 * content; unreadable or unparsable files become issues too.
 */
export function loadDatasetDir(
  dir: string,
  cwd = process.cwd(),
  options: ValidateOptions = { requireEvidence: REQUIRE_EVIDENCE_IN_DATA_DIR },
): LoadResult {
  const data = { organizations: [], partnerships: [], sources: [] } as unknown as Record<Collection, unknown[]>;
  const issues: ValidationIssue[] = [];
  const docs = {} as Record<Collection, { doc: ReturnType<typeof parseDocument>; lines: LineCounter; file: string }>;
  for (const [collection, name] of Object.entries(collectionFiles) as [Collection, string][]) {
    const path = join(dir, name);
    const file = relative(cwd, path) || path;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      issues.push({ severity: 'error', collection, file, index: 0, field: '', message: `cannot read ${file}` });
      continue;
    }
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
    for (const e of doc.errors)
      issues.push({
        severity: 'error',
        collection,
        file,
        line: lines.linePos(e.pos[0]).line,
        index: 0,
        field: '',
        message: `YAML: ${e.message.split('\n')[0]}`,
      });
    const value = doc.toJS() ?? [];
    if (!Array.isArray(value))
      issues.push({
        severity: 'error',
        collection,
        file,
        index: 0,
        field: '',
        message: 'file must hold a YAML list of records',
      });
    else data[collection] = value;
    docs[collection] = { doc, lines, file };
  }
  if (issues.length > 0) return { data: data as unknown as Dataset, issues };
  for (const issue of validateDataset(data, options)) {
    const d = docs[issue.collection];
    const path: (string | number)[] = [
      issue.index,
      ...issue.field
        .split('.')
        .filter(Boolean)
        .map((k) => (/^\d+$/.test(k) ? Number(k) : k)),
    ];
    // Walk up until a node exists: a missing field is reported at its record.
    let line: number | undefined;
    for (let n = path.length; n > 0 && line === undefined; n--) {
      const node = d.doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) line = d.lines.linePos(node.range[0]).line;
    }
    issues.push({ ...issue, file: d.file, ...(line ? { line } : {}) });
  }
  return { data: data as unknown as Dataset, issues };
}
