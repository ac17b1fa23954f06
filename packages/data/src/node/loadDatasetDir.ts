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

/** At most this many YAML syntax errors are listed per file. */
const MAX_YAML_ERRORS = 5;
/** Alias expansions allowed per file (the yaml library's default; the data uses none). */
const MAX_ALIAS_COUNT = 100;

/** The text of `bytes` as UTF-8, or the offset of the first byte that is not valid UTF-8. */
function decodeUtf8(bytes: Uint8Array): string | { offset: number } {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Find the first bad byte: the longest prefix that decodes, one code point at a time.
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let i = 0;
    while (i < bytes.length) {
      const b = bytes[i] as number;
      const n = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
      if (n === 0 || i + n > bytes.length) break;
      try {
        decoder.decode(bytes.subarray(i, i + n));
      } catch {
        break;
      }
      i += n;
    }
    return { offset: i };
  }
}
const lineAt = (bytes: Uint8Array, offset: number) => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
};
const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

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
  const docs = new Map<Collection, { doc: ReturnType<typeof parseDocument>; lines: LineCounter; file: string }>();
  for (const [collection, name] of Object.entries(collectionFiles) as [Collection, string][]) {
    const path = join(dir, name);
    const file = relative(cwd, path) || path;
    const fileIssue = (message: string, line?: number) =>
      issues.push({
        severity: 'error',
        collection,
        file,
        ...(line ? { line } : {}),
        index: 0,
        field: '',
        message,
        scope: 'file',
      });
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      fileIssue(`cannot read ${file}`);
      continue;
    }
    const text = decodeUtf8(bytes);
    if (typeof text !== 'string') {
      fileIssue(
        `not valid UTF-8 (byte 0x${bytes[text.offset]?.toString(16).toUpperCase().padStart(2, '0')} at offset ${text.offset}${bytes[0] === 0xff && bytes[1] === 0xfe ? ', a UTF-16 byte order mark' : ''}); save the file as UTF-8`,
        lineAt(bytes, text.offset),
      );
      continue;
    }
    const nul = text.indexOf('\0');
    if (nul >= 0) {
      fileIssue(
        'contains a NUL character (a binary file, or one saved as UTF-16?); save it as UTF-8 text',
        lineOf(text, nul),
      );
      continue;
    }
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
    if (doc.errors.length > 0) {
      // After the first few, YAML errors are echoes of the first (one tab gave 6,539 lines).
      for (const e of doc.errors.slice(0, MAX_YAML_ERRORS))
        fileIssue(`YAML: ${e.message.split('\n')[0]}`, lines.linePos(e.pos[0]).line);
      const more = doc.errors.length - MAX_YAML_ERRORS;
      if (more > 0) fileIssue(`and ${more} more YAML errors after these, most likely caused by the first one`);
      continue;
    }
    if (doc.contents === null) {
      fileIssue('file is empty: it must hold a YAML list of records');
      continue;
    }
    let value: unknown;
    try {
      // A document that expands its aliases into millions of nodes ("billion laughs") throws here.
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      fileIssue(`YAML: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    if (!Array.isArray(value)) fileIssue('file must hold a YAML list of records');
    else data[collection] = value;
    docs.set(collection, { doc, lines, file });
  }
  if (issues.length > 0) return { data: data as unknown as Dataset, issues };
  for (const issue of validateDataset(data, options)) {
    const d = docs.get(issue.collection);
    if (!d) {
      issues.push(issue);
      continue;
    }
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
